package com.openplatform.accounts.affiliate;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about affiliated entities. */
public final class AffiliateProblem {
  /** §5.4, §5.7: a banned entity may not use the services again under another account. */
  public static final ProblemKind BANNED_ENTITY = ProblemKind.of("entity-banned", 403);

  private AffiliateProblem() {}
}
