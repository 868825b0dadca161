package com.openplatform.billing.reviewer;

import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * §2.4.2: which verification orders the caller may see and decide. The tenant's own staff see all;
 * a reviewer of an entrusted organisation sees only the orders assigned to their organisation, and
 * nothing when they belong to none or to an inactive one. Asked by every verification-desk
 * operation, so no path shows an organisation more than its orders.
 */
@ApplicationScoped
public class ReviewScope {

  /** The caller's scope: all orders, or one organisation's ({@code organisationId}), or none. */
  public record Scope(boolean all, String organisationId) {

    static final Scope ALL = new Scope(true, null);
    static final Scope NONE = new Scope(false, null);

    /** Whether an order assigned to {@code assignedTo} (null: to nobody) is in the scope. */
    public boolean covers(String assignedTo) {
      return all || (organisationId != null && organisationId.equals(assignedTo));
    }

    /** Whether the scope is one organisation's (not the tenant's staff). */
    public boolean organisation() {
      return !all;
    }
  }

  @Inject Organisations organisations;

  public Scope current() {
    Caller caller = TenantContext.caller();
    for (PlatformRole staff :
        new PlatformRole[] {
          PlatformRole.REVIEWER, PlatformRole.FINANCE, PlatformRole.TENANT_ADMIN
        }) {
      if (caller.hasRole(staff.roleName())) {
        return Scope.ALL;
      }
    }
    return organisations
        .memberOfUser(caller.subject())
        .flatMap(m -> organisations.find(m.organisationId()))
        .filter(ReviewerOrganisation::active)
        .map(o -> new Scope(false, o.id()))
        .orElse(Scope.NONE);
  }

  /** The name of the caller's organisation, when they review for one. */
  public java.util.Optional<String> organisationName() {
    Scope scope = current();
    return scope.organisationId() == null
        ? java.util.Optional.empty()
        : organisations.find(scope.organisationId()).map(ReviewerOrganisation::name);
  }
}
