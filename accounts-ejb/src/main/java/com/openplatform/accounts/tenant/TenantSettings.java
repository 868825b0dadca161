package com.openplatform.accounts.tenant;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What a tenant's mail says about its sender: its name, its address and where replies go. */
@ApplicationScoped
public class TenantSettings {

  /** The platform's sender address where a tenant set none ({@code op.mail.from}). */
  static final String DEFAULT_FROM = "no-reply@open-platform.localhost";

  @PersistenceContext(unitName = "accounts")
  EntityManager em;

  /** From: "<tenant's name>" &lt;address&gt;, and Reply-To if the tenant set one. */
  public record MailIdentity(String name, String address, String replyTo) {}

  /** §2.1.3, §2.8: the tenant's policy whether a restriction stops the account's applications. */
  public boolean restrictionClosesApps(TenantId id) {
    Tenant tenant = em.find(Tenant.class, id.value());
    return tenant != null && tenant.restrictionClosesApps();
  }

  /** Sets that policy (the caller checks who may). */
  public void restrictionClosesApps(TenantId id, boolean closes) {
    Tenant tenant = em.find(Tenant.class, id.value());
    if (tenant == null) {
      throw new IllegalStateException("no tenant " + id);
    }
    tenant.restrictionClosesApps(closes);
  }

  public MailIdentity mailIdentity(TenantId id) {
    Tenant tenant = em.find(Tenant.class, id.value());
    String platformFrom = Settings.get("op.mail.from", DEFAULT_FROM);
    if (tenant == null) {
      return new MailIdentity("Open Platform", platformFrom, null);
    }
    return new MailIdentity(
        tenant.displayName(),
        tenant.mailFrom() != null ? tenant.mailFrom() : platformFrom,
        tenant.mailReplyTo());
  }
}
