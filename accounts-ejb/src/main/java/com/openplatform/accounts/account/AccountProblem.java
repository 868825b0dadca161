package com.openplatform.accounts.account;

import com.openplatform.core.problem.ProblemKind;

/** Refusals of account operations. */
public enum AccountProblem implements ProblemKind {
  /** §2.1.1: one account per email address within a platform. */
  EMAIL_TAKEN("email-taken", 409),
  NO_ACCOUNT("not-found", 404),
  /** A named operation that may not start from the account's current status. */
  STATUS_TRANSITION("status-transition", 409),
  /** §2.1.1: the registered email address is the account's permanent identity. */
  EMAIL_PERMANENT("email-permanent", 409),
  /** §2.1.1: the account cannot be transferred, given or inherited. */
  NOT_TRANSFERABLE("account-not-transferable", 409),
  /** An operation that needs an active account. */
  NOT_ACTIVE("account-not-active", 403),
  CONFIRMATION_INVALID("confirmation-invalid", 400),
  /** §2.1.1: one account per QQ number within a platform. */
  QQ_TAKEN("qq-taken", 409),
  /** §2.1.1: an account registered with a QQ number must link an email first. */
  EMAIL_LINK_REQUIRED("email-link-required", 403),
  CONFIRMATION_EXPIRED("confirmation-expired", 410);

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
