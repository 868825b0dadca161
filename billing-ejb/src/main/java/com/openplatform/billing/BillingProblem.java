package com.openplatform.billing;

import com.openplatform.core.problem.ProblemKind;

/** Refusals of billing rules, as problem details. */
public final class BillingProblem {

  /** §2.3.2: a higher price or a new charge takes effect only after the tenant's notice period. */
  public static final ProblemKind NOT_ANNOUNCED_IN_TIME = ProblemKind.of("fee-not-announced", 409);

  /** A price in force or past is history; another version already takes effect at that instant. */
  public static final ProblemKind FEE_CONFLICT = ProblemKind.of("fee-conflict", 409);

  private BillingProblem() {}
}
