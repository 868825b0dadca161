package com.openplatform.billing.verification;

import com.openplatform.core.config.Settings;
import java.time.Duration;

/**
 * The tenant's verification policy (§2.4), from deployment settings: how long an unpaid order waits
 * for payment ({@code op.billing.payment-hours}, 24), how long a verification holds ({@code
 * op.billing.verification-days}, 365), how early re-verification opens before it ends ({@code
 * op.billing.renewal-days}, 30), and whether a rejection refunds the fee ({@code
 * op.billing.refund-on-rejection}, false: the fee pays for the review).
 */
record VerificationPolicy(
    Duration paymentWindow, Duration validity, Duration renewalWindow, boolean refundOnRejection) {

  static VerificationPolicy current() {
    return new VerificationPolicy(
        Duration.ofHours(number("op.billing.payment-hours", 24)),
        Duration.ofDays(number("op.billing.verification-days", 365)),
        Duration.ofDays(number("op.billing.renewal-days", 30)),
        Settings.flag("op.billing.refund-on-rejection"));
  }

  /** The sandbox provider plays the payer in the default run and the tests only. */
  static boolean sandbox() {
    return Settings.flag("op.billing.sandbox");
  }

  /** A positive whole-number setting; the fallback when it is missing or not a number. */
  static long number(String key, long fallback) {
    try {
      return Math.max(1, Long.parseLong(Settings.get(key, "" + fallback)));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
