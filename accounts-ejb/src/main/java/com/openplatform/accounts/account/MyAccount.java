package com.openplatform.accounts.account;

import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** The signed-in developer's own account, found by the subject of the caller's token. */
@Stateless
public class MyAccount {

  static final int DISPLAY_NAME_MAX = 100;

  @Inject AccountRepository accounts;
  @Inject IdentityGateway identity;
  @Inject ConfirmationLinks links;

  private final Clock clock = Clock.systemUTC();

  public AccountView show() {
    return AccountView.of(mine());
  }

  /** Changes what a developer may change of their account; never the email (§2.1.1). */
  public AccountView rename(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    if (name.length() > DISPLAY_NAME_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new FieldError("displayName", "too-long", null)));
    }
    requireActive();
    DeveloperAccount account = mine();
    account.rename(name.isEmpty() ? null : name);
    return AccountView.of(account);
  }

  /** The caller's account, refused unless it is active or restricted. */
  public AccountView requireActive() {
    DeveloperAccount account = mine();
    if (account.email() == null) {
      throw new ProblemException(AccountProblem.EMAIL_LINK_REQUIRED);
    }
    if (account.status() != AccountStatus.ACTIVE && account.status() != AccountStatus.RESTRICTED) {
      throw new ProblemException(AccountProblem.NOT_ACTIVE);
    }
    return AccountView.of(account);
  }

  /**
   * §2.1.1: an account registered with a QQ number links an email by following a link mailed to it;
   * the email is then permanent, and the QQ number still signs in.
   */
  public AccountView linkEmail(String rawEmail) {
    DeveloperAccount account = mine();
    if (account.email() != null) {
      throw new ProblemException(AccountProblem.EMAIL_PERMANENT);
    }
    EmailAddress email =
        EmailAddress.parse(rawEmail)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemKind.Common.INVALID_INPUT,
                        List.of(
                            new FieldError(
                                "email",
                                rawEmail == null || rawEmail.isBlank() ? "required" : "email",
                                null))));
    if (accounts.findByEmail(email).isPresent()) {
      throw new ProblemException(AccountProblem.EMAIL_TAKEN, email.value());
    }
    links.issue(account, email.value(), TenantContext.tenant());
    return AccountView.of(account);
  }

  /** Refused, always: the registered email is the account's permanent identity (§2.1.1). */
  public AccountView changeEmail(String newEmail) {
    mine();
    throw new ProblemException(AccountProblem.EMAIL_PERMANENT);
  }

  /** Refused, always: an account cannot be transferred, given or inherited (§2.1.1). */
  public AccountView transfer(String recipient) {
    mine();
    throw new ProblemException(AccountProblem.NOT_TRANSFERABLE);
  }

  /**
   * Terminates the caller's own account at their written request — a refusal of the agreement
   * (§5.1, §6.4): recorded as a status change by the developer, sign-in locked.
   */
  public AccountView terminateAtOwnRequest(String reason) {
    DeveloperAccount account = mine();
    accounts.record(
        account.apply(AccountAction.TERMINATE, account.email(), reason, clock.instant()));
    identity.lockUser(TenantContext.tenant(), account.identitySubject());
    return AccountView.of(account);
  }

  private DeveloperAccount mine() {
    Caller caller = TenantContext.caller();
    if (!caller.authenticated()) {
      throw new ProblemException(ProblemKind.Common.UNAUTHENTICATED);
    }
    return accounts
        .findBySubject(caller.subject())
        .orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
  }
}
