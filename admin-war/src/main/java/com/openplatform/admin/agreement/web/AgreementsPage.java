package com.openplatform.admin.agreement.web;

import com.openplatform.accounts.agreement.AgreementPublishing;
import com.openplatform.accounts.agreement.AgreementView;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.web.page.Pages;
import com.openplatform.web.paging.ListParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Agreement versions in the staff console (§8.1): the list and, for tenant administrators,
 * publishing.
 */
@Named
@ViewScoped
public class AgreementsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AgreementPublishing publishing;

  private String label;
  private String title;
  private String body;
  private LocalDateTime effective;

  private final ListParams list = new ListParams();
  private Page<AgreementView> versions;

  public Page<AgreementView> getVersions() {
    if (versions == null) {
      versions =
          publishing.versions(
              new PageRequest(list.getFirst(), PageRequest.DEFAULT_MAX), list.getSort());
    }
    return versions;
  }

  public ListParams getList() {
    return list;
  }

  public void publish() {
    try {
      Instant at = effective == null ? null : effective.atZone(zone()).toInstant();
      AgreementView published = publishing.publish(label, title, body, at);
      Pages.info(Pages.text("msg", "agreements.published") + " " + published.label());
      versions = null;
      label = title = body = null;
      effective = null;
    } catch (RuntimeException e) {
      Pages.show(e, "publish");
    }
  }

  private ZoneId zone() {
    return TenantDirectory.zoneOf(TenantContext.tenant());
  }

  public boolean isTenantAdmin() {
    return TenantContext.caller().hasRole("tenant-admin");
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDateTime getEffective() {
    return effective;
  }

  public void setEffective(LocalDateTime effective) {
    this.effective = effective;
  }
}
