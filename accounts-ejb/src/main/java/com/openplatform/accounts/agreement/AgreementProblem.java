package com.openplatform.accounts.agreement;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about the developer service agreement. */
public enum AgreementProblem implements ProblemKind {
  /** §8.1: the version in force must be accepted before the portal can be used further. */
  NOT_ACCEPTED("agreement-not-accepted", 403),
  /** Only the version in force can be accepted or refused. */
  NOT_IN_FORCE("agreement-not-in-force", 409),
  LABEL_TAKEN("agreement-label-taken", 409);

  private final String code;
  private final int status;

  AgreementProblem(String code, int status) {
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
