package com.openplatform.accounts.account;

import com.openplatform.core.identity.PasswordRules;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import com.openplatform.core.throttle.Limit;
import com.openplatform.core.throttle.Throttle;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registration of developer accounts by email address (§2.1.1, §2.1.2). The tenant is the one of
 * the site the developer registers on, and the address must be free within it.
 *
 * <p>§2.1.2 (an address its owner holds): a registration reserves nothing against the address's
 * owner. It records a pending account and mails a link to the address; no Keycloak user and no
 * password exist until whoever holds that link confirms it and chooses the password ({@link
 * AccountConfirmation}). Registering a pending address again mails a new link and retires the
 * earlier ones, so whoever registered first gains nothing.
 */
@Stateless
public class AccountRegistration {

  /** Mails to one address: a few per hour (§2.1.2: nobody floods an owner's mailbox). */
  static final Limit PER_ADDRESS = new Limit("registration-address", 5, Duration.ofHours(1));

  /** Registrations from one client address per hour. */
  static final Limit PER_CLIENT = new Limit("registration-client", 30, Duration.ofHours(1));

  @Inject AccountRepository accounts;
  @Inject AccountIdentity signIn;
  @Inject ConfirmationLinks links;
  @Inject Throttle throttle;

  private final Clock clock = Clock.systemUTC();

  /**
   * Registers an address: a pending account and a mailed link, or — for an address that is pending
   * already — a new link. Refused for an address whose account exists beyond pending.
   */
  public AccountView register(String rawEmail) {
    EmailAddress email = checkEmail(rawEmail, new ArrayList<>(), true).orElseThrow();
    TenantId tenant = TenantContext.tenant();
    throttle.acquire(PER_CLIENT, TenantContext.caller().clientAddress());
    throttle.acquire(PER_ADDRESS, email.value());
    Optional<DeveloperAccount> existing = accounts.findByEmail(email);
    if (existing.isPresent()) {
      if (existing.get().status() != AccountStatus.PENDING) {
        throw new ProblemException(AccountProblem.EMAIL_TAKEN, email.value());
      }
      links.issue(existing.get(), tenant);
      return AccountView.of(existing.get());
    }
    DeveloperAccount account = new DeveloperAccount(email, clock.instant());
    try {
      accounts.add(account);
    } catch (PersistenceException e) {
      throw new ProblemException(AccountProblem.EMAIL_TAKEN, email.value());
    }
    accounts.record(account.registered("self"));
    links.issue(account, tenant);
    return AccountView.of(account);
  }

  /**
   * Registers an account whose address the operator verified otherwise (staff creating it for a
   * developer, demo data): active at once with its Keycloak user, no mail.
   */
  public AccountView registerVerified(RegistrationRequest request, String actor) {
    List<FieldError> errors = new ArrayList<>();
    Optional<EmailAddress> email =
        checkEmail(request == null ? null : request.email(), errors, false);
    String password = request == null ? null : request.password();
    PasswordRules.problem(password, email.map(EmailAddress::value).orElse(null))
        .ifPresent(code -> errors.add(new FieldError("password", code, null)));
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    EmailAddress address = email.orElseThrow();
    if (accounts.findByEmail(address).isPresent()) {
      throw new ProblemException(AccountProblem.EMAIL_TAKEN, address.value());
    }
    DeveloperAccount account = new DeveloperAccount(address, clock.instant());
    account.signsInAs(signIn.activate(address, password.toCharArray(), account.id()));
    accounts.add(account);
    accounts.record(account.registered(actor));
    accounts.record(
        account.apply(
            AccountAction.CONFIRM_EMAIL, actor, "verified by the operator", clock.instant()));
    return AccountView.of(account);
  }

  /**
   * The address, or a field error added to {@code errors}; with {@code raise}, the errors are
   * thrown at once.
   */
  static Optional<EmailAddress> checkEmail(String raw, List<FieldError> errors, boolean raise) {
    Optional<EmailAddress> email = Optional.empty();
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError("email", "required", null));
    } else if (raw.length() > EmailAddress.MAX_LENGTH) {
      errors.add(new FieldError("email", "too-long", null));
    } else {
      email = EmailAddress.parse(raw);
      if (email.isEmpty()) {
        errors.add(new FieldError("email", "email", null));
      }
    }
    if (raise && !errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return email;
  }
}
