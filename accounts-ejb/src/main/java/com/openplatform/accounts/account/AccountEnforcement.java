package com.openplatform.accounts.account;

import com.openplatform.accounts.api.DeveloperStandingChanged;
import com.openplatform.core.identity.IdentityException;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Staff's changes of an account's status — restrict, suspend, reinstate, terminate, ban (§2.1.3,
 * §2.8, §5) — each checked against the current status and recorded with who did it and why. A
 * suspended, terminated or banned account's Keycloak user is disabled and its sessions revoked, and
 * its applications stop serving users in the same transaction ({@link DeveloperStandingChanged}).
 */
@Stateless
public class AccountEnforcement {

  public static final int REASON_MAX = 1000;

  @Inject AccountRepository accounts;
  @Inject com.openplatform.accounts.tenant.TenantSettings tenants;
  @Inject IdentityGateway identity;
  @Inject Event<DeveloperStandingChanged> standingChanged;

  private final Clock clock = Clock.systemUTC();

  public AccountView apply(String accountId, AccountAction action, String reason) {
    Caller caller = Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    if (action == AccountAction.CONFIRM_EMAIL) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("action", "invalid", null)));
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > REASON_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new FieldError("reason", why.isEmpty() ? "required" : "too-long", null)));
    }
    DeveloperAccount account =
        accounts.find(accountId).orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
    accounts.record(account.apply(action, caller.username(), why, clock.instant()));
    if (account.identitySubject() != null) {
      try {
        if (action.locksSignIn()) {
          identity.lockUser(TenantContext.tenant(), account.identitySubject());
        } else if (action == AccountAction.REINSTATE) {
          identity.activateUser(TenantContext.tenant(), account.identitySubject());
        }
      } catch (IdentityException e) {
        throw AccountIdentity.unavailable(e);
      }
    }
    // §2.1.3, §5.4: the applications follow the account at once (apps-ejb observes this)
    standingChanged.fire(
        new DeveloperStandingChanged(
            account.id(),
            account.status().appsServe(tenants.restrictionClosesApps(TenantContext.tenant()))));
    return AccountView.of(account);
  }

  public List<StatusChangeView> history(String accountId) {
    Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    accounts.find(accountId).orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
    return accounts.history(accountId).stream().map(StatusChangeView::of).toList();
  }
}
