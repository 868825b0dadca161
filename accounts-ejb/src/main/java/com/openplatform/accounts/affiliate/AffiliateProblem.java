package com.openplatform.accounts.affiliate;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about affiliated entities. */
public enum AffiliateProblem implements ProblemKind {
  /** §5.4, §5.7: a banned entity may not use the services again under another account. */
  BANNED_ENTITY("entity-banned", 403);

  private final String code;
  private final int status;

  AffiliateProblem(String code, int status) {
    this.code = code;
    this.status = status;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public int status() {
    return status;
  }
}
