package com.openplatform.accounts.stolen;

import com.openplatform.core.problem.ProblemKind;

/** Refusals in handling stolen-account reports. */
public enum StolenProblem implements ProblemKind {
  ALREADY_DECIDED("report-decided", 409),
  /** The report names no account of this platform, so there is nothing to lock. */
  NO_ACCOUNT("report-no-account", 409);

  private final String code;
  private final int status;

  StolenProblem(String code, int status) {
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
