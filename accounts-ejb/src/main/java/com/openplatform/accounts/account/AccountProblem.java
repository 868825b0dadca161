package com.openplatform.accounts.account;

import com.openplatform.core.problem.ProblemKind;

/** Refusals of account operations. */
public enum AccountProblem implements ProblemKind {
  /** §2.1.1: one account per email address within a platform. */
  EMAIL_TAKEN("email-taken", 409),
  NO_ACCOUNT("not-found", 404);

  private final String code;
  private final int status;

  AccountProblem(String code, int status) {
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
