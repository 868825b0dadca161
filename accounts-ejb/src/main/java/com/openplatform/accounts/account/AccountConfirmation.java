package com.openplatform.accounts.account;

import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Confirmation of a registered email address (§2.1.1, §2.1.2): following the mailed link activates
 * the account and lets its Keycloak user sign in. A link works once and expires.
 */
@Stateless
public class AccountConfirmation {

  @Inject AccountRepository accounts;
  @Inject IdentityGateway identity;
  @Inject ConfirmationLinks links;

  private final Clock clock = Clock.systemUTC();

  public AccountView confirm(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new ProblemException(AccountProblem.CONFIRMATION_INVALID);
    }
    Instant now = clock.instant();
    EmailConfirmation confirmation =
        accounts
            .confirmationByTokenHash(ConfirmationTokens.hash(token.trim()))
            .orElseThrow(() -> new ProblemException(AccountProblem.CONFIRMATION_INVALID));
    if (confirmation.used()) {
      throw new ProblemException(AccountProblem.CONFIRMATION_INVALID);
    }
    if (!confirmation.usable(now)) {
      throw new ProblemException(AccountProblem.CONFIRMATION_EXPIRED);
    }
    DeveloperAccount account =
        accounts
            .find(confirmation.accountId())
            .orElseThrow(() -> new ProblemException(AccountProblem.CONFIRMATION_INVALID));
    confirmation.use(now);
    if (account.email() == null) {
      EmailAddress linked = new EmailAddress(confirmation.email());
      if (accounts.findByEmail(linked).isPresent()) {
        throw new ProblemException(AccountProblem.EMAIL_TAKEN, linked.value());
      }
      account.linkEmail(linked);
      accounts.record(account.linkedEmail(now));
      identity.linkEmail(TenantContext.tenant(), account.identitySubject(), linked.value());
      return AccountView.of(account);
    }
    accounts.record(account.apply(AccountAction.CONFIRM_EMAIL, account.email(), null, now));
    identity.activateUser(TenantContext.tenant(), account.identitySubject());
    return AccountView.of(account);
  }

  /**
   * Mails a new link to a pending account. Answers the same whether or not the address has a
   * pending account, so addresses can't be probed.
   */
  public void resend(String rawEmail) {
    EmailAddress.parse(rawEmail)
        .flatMap(accounts::findByEmail)
        .filter(a -> a.status() == AccountStatus.PENDING)
        .ifPresent(a -> links.issue(a, TenantContext.tenant()));
  }
}
