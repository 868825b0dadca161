package com.openplatform.accounts.agreement;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about the developer service agreement. */
public final class AgreementProblem {
  /** §8.1: the version in force must be accepted before the portal can be used further. */
  public static final ProblemKind NOT_ACCEPTED = ProblemKind.of("agreement-not-accepted", 403);

  /** Only the version in force can be accepted or refused. */
  public static final ProblemKind NOT_IN_FORCE = ProblemKind.of("agreement-not-in-force", 409);

  public static final ProblemKind LABEL_TAKEN = ProblemKind.of("agreement-label-taken", 409);

  private AgreementProblem() {}
}
