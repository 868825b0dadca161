package com.openplatform.accounts.tenant;

import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.validation.RequestChecks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * The tenant's enforcement policy, set by its administrators: §2.1.3, §2.8 — whether a restricted
 * account's applications stop serving users (default: they go on, the restriction withholds new and
 * paid services). A change reaches the applications of restricted accounts at the app-client sync's
 * next round; the access decision follows at once.
 */
@Stateless
@RolesAllowed({"tenant-admin", "trust-safety"})
public class TenantPolicies {

  @Inject TenantSettings settings;
  @Inject RequestChecks checks;

  /** The policy as the API shows and takes it. */
  public record Policy(@NotNull Boolean restrictionClosesApps) {}

  public Policy get() {
    return new Policy(settings.restrictionClosesApps(TenantContext.tenant()));
  }

  @RolesAllowed("tenant-admin")
  public Policy set(Policy policy) {
    checks.valid(policy);
    settings.restrictionClosesApps(TenantContext.tenant(), policy.restrictionClosesApps());
    return get();
  }
}
