package com.openplatform.accounts.standing;

import com.openplatform.accounts.account.AccountProblem;
import com.openplatform.accounts.account.AccountRepository;
import com.openplatform.accounts.account.AccountStatus;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.affiliate.AffiliateProblem;
import com.openplatform.accounts.affiliate.AffiliateRepository;
import com.openplatform.accounts.agreement.AgreementProblem;
import com.openplatform.accounts.agreement.AgreementRepository;
import com.openplatform.accounts.api.Gate;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The signed-in developer's standing, checked gate by gate ({@link Gate}): the one place that
 * decides whether a developer may do something, used by the {@link DeveloperGateInterceptor} of
 * every gated EJB operation and by the portal to send a developer to the page of a closed gate.
 */
@ApplicationScoped
public class Standing {

  /** Refusals of a closed gate. */
  public static final ProblemKind RESTRICTED = ProblemKind.of("account-restricted", 403);

  @Inject AccountRepository accounts;
  @Inject AgreementRepository agreements;
  @Inject AffiliateRepository affiliates;

  /** Refuses the caller unless their account passes {@code gate}. */
  public void require(Gate gate) {
    firstClosed(gate)
        .ifPresent(
            problem -> {
              throw new ProblemException(problem);
            });
  }

  /** The problem of the first gate up to {@code gate} that the caller's account does not pass. */
  public Optional<ProblemKind> firstClosed(Gate gate) {
    AccountView account = signedIn();
    return firstClosed(
        account.status(),
        !account.emailLinkRequired(),
        () -> agreements.acceptanceRequired(account.id(), Instant.now()),
        () -> affiliates.accountOfBannedEntity(account.id()),
        gate);
  }

  /** The caller's account, from memory (every change of an account drops it on every node). */
  private AccountView signedIn() {
    Caller caller = TenantContext.caller();
    if (!caller.authenticated()) {
      throw new ProblemException(ProblemKind.Common.UNAUTHENTICATED);
    }
    return accounts
        .viewBySubject(caller.subject())
        .orElseThrow(() -> new ProblemException(AccountProblem.NO_ACCOUNT));
  }

  /**
   * The gates in order: an active (or restricted) account; an email linked (§2.1.1); the agreement
   * in force accepted (§8.1, asked only when that gate is wanted); not restricted (§2.1.3), and not
   * an account of a banned entity (§5.4, §5.7; asked only for that gate).
   */
  static Optional<ProblemKind> firstClosed(
      AccountStatus status,
      boolean emailLinked,
      BooleanSupplier agreementPending,
      BooleanSupplier entityBanned,
      Gate gate) {
    if (status != AccountStatus.ACTIVE && status != AccountStatus.RESTRICTED) {
      return Optional.of(AccountProblem.NOT_ACTIVE);
    }
    if (!emailLinked) {
      return Optional.of(AccountProblem.EMAIL_LINK_REQUIRED);
    }
    if (gate.compareTo(Gate.AGREEMENT_ACCEPTED) >= 0 && agreementPending.getAsBoolean()) {
      return Optional.of(AgreementProblem.NOT_ACCEPTED);
    }
    if (gate.compareTo(Gate.UNRESTRICTED) >= 0 && status == AccountStatus.RESTRICTED) {
      return Optional.of(RESTRICTED);
    }
    if (gate.compareTo(Gate.UNRESTRICTED) >= 0 && entityBanned.getAsBoolean()) {
      // §5.4, §5.7: a banned entity gets no new applications or paid services under any account
      return Optional.of(AffiliateProblem.BANNED_ENTITY);
    }
    return Optional.empty();
  }
}
