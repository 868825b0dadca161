package com.openplatform.accounts.account;

import com.openplatform.core.problem.ProblemKind;

/** Refusals of account operations. */
public final class AccountProblem {
  /** §2.1.1: one account per email address within a platform. */
  public static final ProblemKind EMAIL_TAKEN = ProblemKind.of("email-taken", 409);

  /** §2.1.1: the address signs in as someone else already (staff, a locked or hand-made user). */
  public static final ProblemKind ADDRESS_SIGNS_IN_ELSEWHERE =
      ProblemKind.of("address-in-use", 409);

  /** §2.4.2, §2.5.7: a staff member's decision on their own application or order. */
  public static final ProblemKind OWN_CASE = ProblemKind.of("own-case", 403);

  public static final ProblemKind NO_ACCOUNT = ProblemKind.of("not-found", 404);

  /** A named operation that may not start from the account's current status. */
  public static final ProblemKind STATUS_TRANSITION = ProblemKind.of("status-transition", 409);

  /** §2.1.1: the registered email address is the account's permanent identity. */
  public static final ProblemKind EMAIL_PERMANENT = ProblemKind.of("email-permanent", 409);

  /** §2.1.1: the account cannot be transferred, given or inherited. */
  public static final ProblemKind NOT_TRANSFERABLE =
      ProblemKind.of("account-not-transferable", 409);

  /** An operation that needs an active account. */
  public static final ProblemKind NOT_ACTIVE = ProblemKind.of("account-not-active", 403);

  public static final ProblemKind CONFIRMATION_INVALID =
      ProblemKind.of("confirmation-invalid", 400);

  /** §2.1.1: one account per QQ number within a platform. */
  public static final ProblemKind QQ_TAKEN = ProblemKind.of("qq-taken", 409);

  /** §2.1.1: an account registered with a QQ number must link an email first. */
  public static final ProblemKind EMAIL_LINK_REQUIRED = ProblemKind.of("email-link-required", 403);

  public static final ProblemKind CONFIRMATION_EXPIRED =
      ProblemKind.of("confirmation-expired", 410);

  private AccountProblem() {}
}
