package com.openplatform.apps.application;

import com.openplatform.core.problem.ProblemException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an application stands in review and enforcement, and which steps each state allows: the one
 * table every operation on an application asks ({@link #require}). Steps not listed are refused; an
 * offline application refuses every step (§2.8.2).
 */
public enum ApplicationState {
  /** Passed the automatic checks; waiting for a reviewer (§2.5.7). */
  SUBMITTED,
  /** Approved: it has an AppID and may be used. */
  APPROVED,
  /** Rejected with reasons; the developer may change it and submit again. */
  REJECTED,
  /**
   * Taken offline (§2.8.2): it stays offline even if modified, and may return only as a new app.
   */
  OFFLINE;

  /** What can happen to an application. */
  public enum Step {
    /** A reviewer approves it (§2.5.7). */
    APPROVE,
    /** A reviewer rejects it with reasons. */
    REJECT,
    /** The developer changes it and submits it again. */
    CHANGE,
    /** The developer gets a new AppSecret (the previous one stops working). */
    ISSUE_SECRET,
    /** The developer adds a licence or copyright document, or sets the IP allow-list. */
    AMEND,
    /** Staff take it offline for good (§2.8.2). */
    TAKE_OFFLINE
  }

  private static final Set<ApplicationState> LIVE = EnumSet.of(SUBMITTED, APPROVED, REJECTED);

  private static final Map<Step, Set<ApplicationState>> ALLOWED_FROM =
      Map.of(
          Step.APPROVE,
          EnumSet.of(SUBMITTED),
          Step.REJECT,
          EnumSet.of(SUBMITTED),
          Step.CHANGE,
          LIVE,
          Step.ISSUE_SECRET,
          EnumSet.of(APPROVED),
          Step.AMEND,
          LIVE,
          Step.TAKE_OFFLINE,
          LIVE);

  private static final Map<Step, ApplicationState> RESULT =
      Map.of(
          Step.APPROVE,
          APPROVED,
          Step.REJECT,
          REJECTED,
          Step.CHANGE,
          SUBMITTED,
          Step.TAKE_OFFLINE,
          OFFLINE);

  /** Whether this state allows the step. */
  public boolean allows(Step step) {
    return ALLOWED_FROM.get(step).contains(this);
  }

  /** The state after the step (the same for steps that don't move it); refused if not allowed. */
  public ApplicationState after(Step step) {
    require(step);
    return RESULT.getOrDefault(step, this);
  }

  /**
   * Refuses a step this state does not allow: 409 {@code app-offline} for an offline application
   * (§2.8.2), 409 {@code app-state} otherwise.
   */
  public void require(Step step) {
    if (!allows(step)) {
      throw new ProblemException(this == OFFLINE ? AppProblem.OFFLINE : AppProblem.STATE);
    }
  }
}
