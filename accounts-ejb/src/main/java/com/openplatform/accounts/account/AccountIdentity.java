package com.openplatform.accounts.account;

import com.openplatform.core.identity.IdentityException;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The Keycloak side of a developer account: the user it signs in as. */
@ApplicationScoped
public class AccountIdentity {

  @Inject IdentityGateway identity;

  /**
   * The Keycloak user that signs in with this address, enabled with this password: created, or
   * completed when an earlier attempt of this account's confirmation created it already, so a retry
   * converges. §2.1.1: an address that already signs in as someone the platform did not create for
   * this account (staff, an organisation's reviewer, a user made in Keycloak, a locked sign-in) is
   * refused — the caller holds the mailed link, so owns the address — and that sign-in stays as it
   * was.
   *
   * @return the user's id
   */
  String activate(EmailAddress email, char[] password, String accountId) {
    try {
      return identity.activateWithPassword(
          TenantContext.tenant(),
          email.value(),
          password,
          Set.of(PlatformRole.DEVELOPER),
          accountId);
    } catch (IdentityException e) {
      if (e.conflict()) {
        throw new ProblemException(AccountProblem.ADDRESS_SIGNS_IN_ELSEWHERE);
      }
      if (e.status() == 400) {
        throw new ProblemException(
            ProblemKind.Common.INVALID_INPUT,
            List.of(new FieldError("password", "password-weak", null)));
      }
      throw unavailable(e);
    }
  }

  /** Keycloak could not be reached: 503, try again shortly. */
  static ProblemException unavailable(Throwable cause) {
    ProblemException unavailable = com.openplatform.core.problem.PeerFailures.unavailable();
    unavailable.initCause(cause);
    return unavailable;
  }
}
