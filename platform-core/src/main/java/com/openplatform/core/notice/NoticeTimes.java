package com.openplatform.core.notice;

import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** An instant as a notice says it: in the caller's tenant's zone, with the zone named. */
public final class NoticeTimes {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private NoticeTimes() {}

  /** {@code 2026-12-31 08:00 (Asia/Shanghai)}. */
  public static String inTenantZone(Instant instant) {
    ZoneId zone = TenantDirectory.zoneOf(TenantContext.tenant());
    return MINUTE.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }
}
