package com.openplatform.accounts.standing;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.accounts.account.AccountProblem;
import com.openplatform.accounts.account.AccountStatus;
import com.openplatform.accounts.agreement.AgreementProblem;
import com.openplatform.accounts.api.Gate;
import com.openplatform.core.problem.ProblemKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StandingTest {

  private static Optional<ProblemKind> closed(
      AccountStatus status, boolean email, boolean agreementPending, Gate gate) {
    return Standing.firstClosed(status, email, () -> agreementPending, () -> false, gate);
  }

  @ParameterizedTest
  @EnumSource(
      value = AccountStatus.class,
      names = {"PENDING", "SUSPENDED", "TERMINATED", "BANNED"})
  void anAccountThatIsNotActivePassesNoGate(AccountStatus status) {
    for (Gate gate : Gate.values()) {
      assertThat(closed(status, true, false, gate)).contains(AccountProblem.NOT_ACTIVE);
    }
  }

  @Test
  void theEmailGateComesBeforeTheAgreement() {
    assertThat(closed(AccountStatus.ACTIVE, false, true, Gate.AGREEMENT_ACCEPTED))
        .contains(AccountProblem.EMAIL_LINK_REQUIRED);
    assertThat(closed(AccountStatus.ACTIVE, true, true, Gate.EMAIL_LINKED)).isEmpty();
    assertThat(closed(AccountStatus.ACTIVE, true, true, Gate.AGREEMENT_ACCEPTED))
        .contains(AgreementProblem.NOT_ACCEPTED);
  }

  @Test
  void theAgreementIsNotAskedForTheEmailGate() {
    assertThat(
            Standing.firstClosed(
                AccountStatus.ACTIVE,
                true,
                () -> {
                  throw new AssertionError("asked");
                },
                () -> {
                  throw new AssertionError("asked");
                },
                Gate.EMAIL_LINKED))
        .isEmpty();
  }

  /** §2.1.3: a restricted account keeps the portal but no new apps or paid services. */
  @Test
  void aRestrictedAccountPassesEverythingButTheUnrestrictedGate() {
    assertThat(closed(AccountStatus.RESTRICTED, true, false, Gate.AGREEMENT_ACCEPTED)).isEmpty();
    assertThat(closed(AccountStatus.RESTRICTED, true, false, Gate.UNRESTRICTED))
        .contains(Standing.RESTRICTED);
    assertThat(closed(AccountStatus.ACTIVE, true, false, Gate.UNRESTRICTED)).isEmpty();
  }

  /** §5.4, §5.7: an account of a banned entity gets no new applications or paid services. */
  @Test
  void anAccountOfABannedEntityPassesEverythingButTheUnrestrictedGate() {
    assertThat(
            Standing.firstClosed(
                AccountStatus.ACTIVE, true, () -> false, () -> true, Gate.AGREEMENT_ACCEPTED))
        .isEmpty();
    assertThat(
            Standing.firstClosed(
                AccountStatus.ACTIVE, true, () -> false, () -> true, Gate.UNRESTRICTED))
        .contains(com.openplatform.accounts.affiliate.AffiliateProblem.BANNED_ENTITY);
  }
}
