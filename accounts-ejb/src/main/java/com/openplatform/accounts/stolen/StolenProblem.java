package com.openplatform.accounts.stolen;

import com.openplatform.core.problem.ProblemKind;

/** Refusals in handling stolen-account reports. */
public final class StolenProblem {
  public static final ProblemKind ALREADY_DECIDED = ProblemKind.of("report-decided", 409);

  /** The report names no account of this platform, so there is nothing to lock. */
  public static final ProblemKind NO_ACCOUNT = ProblemKind.of("report-no-account", 409);

  private StolenProblem() {}
}
