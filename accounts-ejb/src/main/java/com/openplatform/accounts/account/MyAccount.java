package com.openplatform.accounts.account;

import com.openplatform.accounts.api.DeveloperGate;
import com.openplatform.accounts.api.Gate;
import com.openplatform.core.identity.IdentityException;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.throttle.Limit;
import com.openplatform.core.throttle.Throttle;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The signed-in developer's own account, found by the subject of the caller's token. */
@Stateless
public class MyAccount {

  /** The longest display name. */
  public static final int DISPLAY_NAME_MAX = 100;

  @Inject AccountRepository accounts;
  @Inject IdentityGateway identity;
  @Inject ConfirmationLinks links;
  @Inject Throttle throttle;

  /** Links mailed for one account per hour (§2.1.1). */
  static final Limit LINK_EMAIL = new Limit("link-email", 5, Duration.ofHours(1));

  private final Clock clock = Clock.systemUTC();

  /** The developer's own account, once its gates are passed. */
  @DeveloperGate(Gate.AGREEMENT_ACCEPTED)
  public AccountView show() {
    return accounts
        .viewBySubject(TenantContext.caller().subject())
        .orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
  }

  /**
   * The signed-in developer's own account whatever its gates — for the pages and operations that
   * open them (link an email, accept the agreement) and for operations already gated.
   */
  public AccountView signedIn() {
    return AccountView.of(mine());
  }

  /** Changes what a developer may change of their account; never the email (§2.1.1). */
  @DeveloperGate(Gate.AGREEMENT_ACCEPTED)
  public AccountView rename(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    if (name.length() > DISPLAY_NAME_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new FieldError("displayName", "too-long", null)));
    }
    DeveloperAccount account = mine();
    account.rename(name.isEmpty() ? null : name);
    accounts.changed(account);
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
    if (account.status() != AccountStatus.ACTIVE && account.status() != AccountStatus.RESTRICTED) {
      throw new ProblemException(AccountProblem.NOT_ACTIVE);
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
    throttle.acquire(LINK_EMAIL, account.id());
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
    try {
      identity.lockUser(TenantContext.tenant(), account.identitySubject());
    } catch (IdentityException e) {
      throw AccountIdentity.unavailable(e);
    }
    return AccountView.of(account);
  }

  private DeveloperAccount mine() {
    return accounts.signedIn();
  }
}
