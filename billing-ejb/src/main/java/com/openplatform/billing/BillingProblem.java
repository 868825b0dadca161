package com.openplatform.billing;

import com.openplatform.core.problem.ProblemKind;

/** Refusals of billing rules, as problem details. */
public final class BillingProblem {

  /** §2.3.2: a higher price or a new charge takes effect only after the tenant's notice period. */
  public static final ProblemKind NOT_ANNOUNCED_IN_TIME = ProblemKind.of("fee-not-announced", 409);

  /** A price in force or past is history; another version already takes effect at that instant. */
  public static final ProblemKind FEE_CONFLICT = ProblemKind.of("fee-conflict", 409);

  /** §2.4: one verification order at a time; pay or let the open one expire first. */
  public static final ProblemKind VERIFICATION_OPEN = ProblemKind.of("verification-open", 409);

  /** §2.4: verified until {0}; re-verification opens in the renewal window, from {1}. */
  public static final ProblemKind VERIFICATION_VALID = ProblemKind.of("verification-valid", 409);

  /** §2.2, §2.4: verification is ordered with complete qualification materials only. */
  public static final ProblemKind MATERIALS_INCOMPLETE =
      ProblemKind.of("materials-incomplete", 409);

  /** The order's state does not allow this (e.g. a decision on an unpaid order). */
  public static final ProblemKind ORDER_STATE = ProblemKind.of("order-state", 409);

  /** The order's payment deadline has passed; it can no longer be paid. */
  public static final ProblemKind PAYMENT_DEADLINE = ProblemKind.of("payment-deadline", 409);

  /** A payment of another amount than the order's price: not booked. */
  public static final ProblemKind PAYMENT_MISMATCH = ProblemKind.of("payment-mismatch", 409);

  /** The tenant has not configured this payment provider. */
  public static final ProblemKind PROVIDER_NOT_CONFIGURED =
      ProblemKind.of("payment-provider-missing", 404);

  /** The payment provider refused the order or answered unsigned ({0}); nothing was charged. */
  public static final ProblemKind PROVIDER_FAILED = ProblemKind.of("payment-provider-failed", 502);

  /** A payment notification failed verification ({0}); nothing was written. */
  public static final ProblemKind NOTIFICATION_REFUSED =
      ProblemKind.of("notification-refused", 400);

  /** At most {0} reports of a tenant are made at a time. */
  public static final ProblemKind REPORTS_BUSY = ProblemKind.of("reports-busy", 429);

  /** The report is still being made (or failed); its file is not there. */
  public static final ProblemKind REPORT_NOT_READY = ProblemKind.of("report-not-ready", 409);

  private BillingProblem() {}

  /** §2.4.2: another reviewer organisation of the tenant has this name. */
  public static final ProblemKind ORGANISATION_EXISTS =
      ProblemKind.of("reviewer-organisation-exists", 409);

  /** §2.4.2: nothing new is assigned to, or added to, an inactive reviewer organisation. */
  public static final ProblemKind ORGANISATION_INACTIVE =
      ProblemKind.of("reviewer-organisation-inactive", 409);

  /** The address already signs in to this tenant (as a developer, staff or another reviewer). */
  public static final ProblemKind SIGN_IN_EXISTS = ProblemKind.of("sign-in-exists", 409);
}
