package com.openplatform.apps.application;

import static com.openplatform.apps.application.ApplicationState.APPROVED;
import static com.openplatform.apps.application.ApplicationState.OFFLINE;
import static com.openplatform.apps.application.ApplicationState.REJECTED;
import static com.openplatform.apps.application.ApplicationState.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.apps.application.ApplicationState.Step;
import com.openplatform.core.problem.ProblemException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of an application's life: registration, review, secrets, offline (§2.5.7, §2.8.2). */
class ApplicationStateTest {

  /** Every step, and the only states it may start from. */
  private static final Map<Step, Set<ApplicationState>> EXPECTED =
      Map.of(
          Step.APPROVE, EnumSet.of(SUBMITTED),
          Step.REJECT, EnumSet.of(SUBMITTED),
          Step.CHANGE, EnumSet.of(SUBMITTED, APPROVED, REJECTED),
          Step.ISSUE_SECRET, EnumSet.of(APPROVED),
          Step.AMEND, EnumSet.of(SUBMITTED, APPROVED, REJECTED),
          Step.TAKE_OFFLINE, EnumSet.of(SUBMITTED, APPROVED, REJECTED));

  @ParameterizedTest
  @EnumSource(Step.class)
  void eachStepStartsOnlyFromItsStates(Step step) {
    for (ApplicationState state : ApplicationState.values()) {
      assertThat(state.allows(step))
          .as(state + " " + step)
          .isEqualTo(EXPECTED.get(step).contains(state));
    }
  }

  @Test
  void reviewDecidesASubmittedApplication() {
    assertThat(SUBMITTED.after(Step.APPROVE)).isEqualTo(APPROVED);
    assertThat(SUBMITTED.after(Step.REJECT)).isEqualTo(REJECTED);
    assertThat(refusal(APPROVED, Step.APPROVE)).isEqualTo("app-state");
    assertThat(refusal(REJECTED, Step.REJECT)).isEqualTo("app-state");
  }

  @Test
  void aChangeSubmitsAgainAndASecretKeepsTheState() {
    for (ApplicationState state : EnumSet.of(SUBMITTED, APPROVED, REJECTED)) {
      assertThat(state.after(Step.CHANGE)).isEqualTo(SUBMITTED);
      assertThat(state.after(Step.AMEND)).isEqualTo(state);
    }
    assertThat(APPROVED.after(Step.ISSUE_SECRET)).isEqualTo(APPROVED);
    assertThat(refusal(SUBMITTED, Step.ISSUE_SECRET)).isEqualTo("app-state");
    assertThat(refusal(REJECTED, Step.ISSUE_SECRET)).isEqualTo("app-state");
  }

  /** §2.8.2: offline for good — modified or not, it comes back only as a new application. */
  @Test
  void anOfflineApplicationRefusesEveryStep() {
    for (ApplicationState state : EnumSet.of(SUBMITTED, APPROVED, REJECTED)) {
      assertThat(state.after(Step.TAKE_OFFLINE)).isEqualTo(OFFLINE);
    }
    for (Step step : Step.values()) {
      assertThat(refusal(OFFLINE, step)).as(step.name()).isEqualTo("app-offline");
    }
  }

  private static String refusal(ApplicationState state, Step step) {
    return catchThrowableOfType(ProblemException.class, () -> state.after(step)).kind().code();
  }
}
