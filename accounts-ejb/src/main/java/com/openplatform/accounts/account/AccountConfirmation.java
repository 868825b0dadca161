package com.openplatform.accounts.account;

import com.openplatform.core.identity.IdentityException;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.PasswordRules;
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
import java.time.Instant;
import java.util.List;

/**
 * Confirmation of a registered email address (§2.1.1, §2.1.2). Whoever holds the link mailed to the
 * address confirms it and — for a registration — chooses the password then, so the account belongs
 * to the address's owner whoever registered it. Opening the link ({@link #preview}) changes
 * nothing: mail scanners that fetch links consume none. A link works once, expires, and only the
 * newest of an account works.
 */
@Stateless
public class AccountConfirmation {

  /** Links asked for one address per hour. */
  static final Limit RESEND_PER_ADDRESS = new Limit("confirmation-address", 5, Duration.ofHours(1));

  static final Limit RESEND_PER_CLIENT = new Limit("confirmation-client", 30, Duration.ofHours(1));

  /** The longest token a mailed link can hold; anything longer is not one. */
  public static final int TOKEN_MAX = 100;

  /** Guesses of tokens from one client address per hour. */
  static final Limit CONFIRM_PER_CLIENT = new Limit("confirm-client", 60, Duration.ofHours(1));

  @Inject AccountRepository accounts;
  @Inject IdentityGateway identity;
  @Inject ConfirmationLinks links;
  @Inject Throttle throttle;
  @Inject AccountIdentity signIn;

  private final Clock clock = Clock.systemUTC();

  /** What a link would confirm, without using it; refused like {@link #confirm} for a bad link. */
  public ConfirmationView preview(String token) {
    EmailConfirmation confirmation = usable(token);
    DeveloperAccount account = accountOf(confirmation);
    return new ConfirmationView(
        confirmation.email(),
        account.email() == null
            ? ConfirmationView.Purpose.LINK_EMAIL
            : ConfirmationView.Purpose.ACTIVATE);
  }

  /**
   * Confirms the address a link was mailed to. A registration becomes active with the password
   * given here (required); an account registered with a QQ number links the address (§2.1.1; the
   * password is not asked).
   */
  public AccountView confirm(String token, String password) {
    throttle.acquire(CONFIRM_PER_CLIENT, TenantContext.caller().clientAddress());
    EmailConfirmation confirmation = usable(token);
    DeveloperAccount account = accountOf(confirmation);
    Instant now = clock.instant();
    if (account.email() == null) {
      EmailAddress linked = new EmailAddress(confirmation.email());
      if (accounts.findByEmail(linked).isPresent()) {
        throw new ProblemException(AccountProblem.EMAIL_TAKEN, linked.value());
      }
      confirmation.use(now);
      account.linkEmail(linked);
      accounts.record(account.linkedEmail(now));
      try {
        identity.linkEmail(TenantContext.tenant(), account.identitySubject(), linked.value());
      } catch (IdentityException e) {
        throw AccountIdentity.unavailable(e);
      }
      return AccountView.of(account);
    }
    if (account.status() != AccountStatus.PENDING) {
      throw new ProblemException(AccountProblem.CONFIRMATION_INVALID);
    }
    PasswordRules.problem(password, account.email())
        .ifPresent(
            code -> {
              throw new ProblemException(
                  ProblemKind.Common.INVALID_INPUT,
                  List.of(new FieldError("password", code, null)));
            });
    account.signsInAs(
        signIn.activate(new EmailAddress(account.email()), password.toCharArray(), account.id()));
    confirmation.use(now);
    accounts.record(account.apply(AccountAction.CONFIRM_EMAIL, account.email(), null, now));
    return AccountView.of(account);
  }

  /**
   * Mails a new link to a pending account. Answers the same whether or not the address has a
   * pending account, so addresses can't be probed.
   */
  public void resend(String rawEmail) {
    throttle.acquire(RESEND_PER_CLIENT, TenantContext.caller().clientAddress());
    EmailAddress.parse(rawEmail)
        .ifPresent(
            email -> {
              throttle.acquire(RESEND_PER_ADDRESS, email.value());
              accounts
                  .findByEmail(email)
                  .filter(a -> a.status() == AccountStatus.PENDING)
                  .ifPresent(a -> links.issue(a, TenantContext.tenant()));
            });
  }

  private EmailConfirmation usable(String token) {
    if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
      throw new ProblemException(AccountProblem.CONFIRMATION_INVALID);
    }
    EmailConfirmation confirmation =
        accounts
            .confirmationByTokenHash(ConfirmationTokens.hash(token.trim()))
            .orElseThrow(() -> new ProblemException(AccountProblem.CONFIRMATION_INVALID));
    if (confirmation.spent()) {
      throw new ProblemException(AccountProblem.CONFIRMATION_INVALID);
    }
    if (!confirmation.usable(clock.instant())) {
      throw new ProblemException(AccountProblem.CONFIRMATION_EXPIRED);
    }
    return confirmation;
  }

  private DeveloperAccount accountOf(EmailConfirmation confirmation) {
    return accounts
        .find(confirmation.accountId())
        .orElseThrow(() -> new ProblemException(AccountProblem.CONFIRMATION_INVALID));
  }
}
