package com.openplatform.accounts.agreement;

import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.account.MyAccount;
import com.openplatform.accounts.api.DeveloperGate;
import com.openplatform.accounts.api.Gate;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A developer's side of the agreement: the version in force (§8.1), its acceptance — recorded with
 * version, time, IP address and user agent — or its refusal in writing (§5.1, §6.4), which starts
 * the account's termination. Until the version in force is accepted, every other developer
 * operation is refused ({@link Gate#AGREEMENT_ACCEPTED}).
 */
@Stateless
@DeveloperGate(Gate.EMAIL_LINKED)
public class AgreementAcceptance {

  /** The longest written refusal statement. */
  public static final int STATEMENT_MAX = 5000;

  @Inject AgreementRepository agreements;
  @EJB MyAccount myAccount;

  private final Clock clock = Clock.systemUTC();

  /** The version in force, if the tenant has published one, and whether the caller accepted it. */
  public Optional<AgreementView> current() {
    AccountView me = myAccount.signedIn();
    return agreements
        .inForce(clock.instant())
        .map(
            v ->
                AgreementView.of(
                    v,
                    agreements
                        .decision(me.id(), v.id())
                        .filter(AgreementDecision::accepted)
                        .isPresent()));
  }

  public AgreementView accept(String versionId, Origin origin) {
    AccountView me = myAccount.signedIn();
    AgreementVersion version = versionInForce(versionId);
    if (agreements.decision(me.id(), version.id()).isEmpty()) {
      agreements.add(
          new AgreementDecision(me.id(), version.id(), true, null, clock.instant(), origin));
    }
    return AgreementView.of(version, true);
  }

  /**
   * Records a written refusal of the version in force (§5.1, §6.4) and terminates the account: the
   * developer can no longer sign in.
   */
  public AccountView refuse(String versionId, String statement, Origin origin) {
    AccountView me = myAccount.signedIn();
    String text = statement == null ? "" : statement.strip();
    if (text.isEmpty() || text.length() > STATEMENT_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new FieldError("statement", text.isEmpty() ? "required" : "too-long", null)));
    }
    AgreementVersion version = versionInForce(versionId);
    Instant now = clock.instant();
    agreements.add(new AgreementDecision(me.id(), version.id(), false, text, now, origin));
    return myAccount.terminateAtOwnRequest("refused agreement " + version.label() + " in writing");
  }

  private AgreementVersion versionInForce(String versionId) {
    AgreementVersion inForce =
        agreements
            .inForce(clock.instant())
            .orElseThrow(() -> new ProblemException(AgreementProblem.NOT_IN_FORCE));
    if (!inForce.id().equals(versionId)) {
      throw new ProblemException(AgreementProblem.NOT_IN_FORCE);
    }
    return inForce;
  }
}
