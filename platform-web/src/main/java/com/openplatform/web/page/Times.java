package com.openplatform.web.page;

import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times as pages show them: stored in UTC, shown in the tenant's zone and the page's language. */
@Named
@RequestScoped
public class Times {

  /** E.g. {@code 2026-11-25 17:40:10 (Asia/Shanghai)}, localized; empty for no time. */
  public String of(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = getZone();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(zone)
            .format(instant)
        + " ("
        + zone.getId()
        + ")";
  }

  public ZoneId getZone() {
    return TenantContext.current()
        .map(c -> TenantDirectory.zoneOf(c.tenant()))
        .orElse(ZoneId.of("UTC"));
  }
}
