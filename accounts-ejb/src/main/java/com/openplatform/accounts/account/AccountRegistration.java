package com.openplatform.accounts.account;

import com.openplatform.accounts.qualification.QqNumber;
import com.openplatform.accounts.qualification.Validation;
import com.openplatform.core.identity.IdentityException;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.NewUser;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Registration of developer accounts by email address (§2.1.1, §2.1.2). The tenant is the one of
 * the site the developer registers on; the email must be free within it; the account and its
 * Keycloak user are created together or not at all. The account stays {@code PENDING}, and its
 * Keycloak user disabled, until the developer follows the single-use link mailed to that address
 * ({@link AccountConfirmation}).
 */
@Stateless
public class AccountRegistration {

  static final int PASSWORD_MIN = 8;
  static final int PASSWORD_MAX = 128;

  @Inject AccountRepository accounts;
  @Inject IdentityGateway identity;
  @Inject ConfirmationLinks links;

  private final Clock clock = Clock.systemUTC();

  public AccountView register(RegistrationRequest request) {
    EmailAddress email = validate(request);
    TenantId tenant = TenantContext.tenant();
    DeveloperAccount account = create(email, request.password(), false, "self");
    try {
      links.issue(account, tenant);
    } catch (RuntimeException e) {
      identity.deleteUser(tenant, account.identitySubject());
      throw e;
    }
    return AccountView.of(account);
  }

  /**
   * Registers an account whose address the operator verified otherwise (staff creating it for a
   * developer, demo data): active at once, no mail.
   */
  public AccountView registerVerified(RegistrationRequest request, String actor) {
    EmailAddress email = validate(request);
    DeveloperAccount account = create(email, request.password(), true, actor);
    accounts.record(
        account.apply(
            AccountAction.CONFIRM_EMAIL, actor, "verified by the operator", clock.instant()));
    return AccountView.of(account);
  }

  /**
   * Registers an account with a QQ number (§2.1.1): it signs in with the QQ number through
   * Keycloak, and must link an email before it can do anything else.
   */
  public AccountView registerWithQq(String qqNumber, String password) {
    List<FieldError> errors = new ArrayList<>();
    Validation qq = QqNumber.check(qqNumber);
    if (!qq.valid()) {
      errors.add(
          new FieldError(
              "qqNumber", "required".equals(qq.reason()) ? "required" : "qq-format", null));
    }
    checkPassword(password, errors);
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    String number = QqNumber.parse(qqNumber).orElseThrow().value();
    TenantId tenant = TenantContext.tenant();
    if (accounts.findByQqNumber(number).isPresent()) {
      throw new ProblemException(AccountProblem.QQ_TAKEN, number);
    }
    String subject;
    try {
      subject =
          identity.createUser(
              tenant,
              new NewUser(
                  null,
                  number,
                  password.toCharArray(),
                  false,
                  true,
                  Set.of(PlatformRole.DEVELOPER)));
    } catch (IdentityException e) {
      throw new ProblemException(
          e.conflict() ? AccountProblem.QQ_TAKEN : ProblemKind.Common.UNAVAILABLE, number);
    }
    DeveloperAccount account = DeveloperAccount.registeredWithQq(number, subject, clock.instant());
    try {
      accounts.add(account);
      accounts.record(account.registered(number));
    } catch (PersistenceException e) {
      identity.deleteUser(tenant, subject);
      throw new ProblemException(AccountProblem.QQ_TAKEN, number);
    }
    return AccountView.of(account);
  }

  private DeveloperAccount create(
      EmailAddress email, String password, boolean verified, String actor) {
    TenantId tenant = TenantContext.tenant();
    if (accounts.findByEmail(email).isPresent()) {
      throw new ProblemException(AccountProblem.EMAIL_TAKEN, email.value());
    }
    String subject;
    try {
      subject =
          identity.createUser(
              tenant,
              NewUser.withEmail(
                  email.value(),
                  password.toCharArray(),
                  verified,
                  verified,
                  Set.of(PlatformRole.DEVELOPER)));
    } catch (IdentityException e) {
      if (e.conflict()) {
        throw new ProblemException(AccountProblem.EMAIL_TAKEN, email.value());
      }
      throw new ProblemException(ProblemKind.Common.UNAVAILABLE);
    }
    DeveloperAccount account = new DeveloperAccount(email, subject, clock.instant());
    try {
      accounts.add(account);
      accounts.record(account.registered(actor));
    } catch (PersistenceException e) {
      identity.deleteUser(tenant, subject);
      throw new ProblemException(AccountProblem.EMAIL_TAKEN, email.value());
    }
    return account;
  }

  /** Every field at fault at once, so a form can show them all. */
  static EmailAddress validate(RegistrationRequest request) {
    List<FieldError> errors = new ArrayList<>();
    Optional<EmailAddress> email = Optional.empty();
    if (request == null) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(
              new FieldError("email", "required", null),
              new FieldError("password", "required", null)));
    }
    if (request.email() == null || request.email().isBlank()) {
      errors.add(new FieldError("email", "required", null));
    } else if (request.email().length() > EmailAddress.MAX_LENGTH) {
      errors.add(new FieldError("email", "too-long", null));
    } else {
      email = EmailAddress.parse(request.email());
      if (email.isEmpty()) {
        errors.add(new FieldError("email", "email", null));
      }
    }
    checkPassword(request.password(), errors);
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return email.orElseThrow();
  }

  private static void checkPassword(String password, List<FieldError> errors) {
    if (password == null || password.isEmpty()) {
      errors.add(new FieldError("password", "required", null));
    } else if (password.length() < PASSWORD_MIN) {
      errors.add(new FieldError("password", "password-weak", null));
    } else if (password.length() > PASSWORD_MAX) {
      errors.add(new FieldError("password", "too-long", null));
    }
  }
}
