package com.openplatform.accounts.tenant;

import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Creates operators' platforms: the tenant row and its Keycloak realm (roles {@code developer},
 * {@code reviewer}, {@code trust-safety}, {@code finance}, {@code tenant-admin}; a client per web
 * module and one for the API) with the platform's policies. Idempotent: provisioning an existing
 * tenant completes what is missing and brings its realm's policies up to date.
 */
@Stateless
public class TenantProvisioning {

  @PersistenceContext(unitName = "accounts")
  EntityManager em;

  @Inject IdentityGateway identity;

  private final Clock clock = Clock.systemUTC();

  public Tenant provision(TenantId id, String displayName, ZoneId zone) {
    Tenant tenant = em.find(Tenant.class, id.value());
    if (tenant == null) {
      tenant = new Tenant(id.value(), displayName, zone, clock.instant());
      em.persist(tenant);
    }
    identity.ensureRealm(id, displayName, TenantHosts.fromSettings());
    TenantDirectory.register(id, tenant.zone());
    return tenant;
  }

  public List<Tenant> all() {
    return em.createNamedQuery("Tenant.all", Tenant.class).getResultList();
  }
}
