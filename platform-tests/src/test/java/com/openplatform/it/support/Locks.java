package com.openplatform.it.support;

/**
 * What test classes running side by side (JUnit's parallel classes, two at a time) must not share,
 * named for {@code @ResourceLock}. Classes that change or sum what others touch say so; everything
 * else runs beside anything.
 */
public final class Locks {

  private Locks() {}

  /** One Chromium at a time: two browsers and the server on two cores slow every page. */
  public static final String BROWSER = "chromium";

  /**
   * Tenant gamma's agreement versions: a version put in force gates every gamma developer until
   * they accept it.
   */
  public static final String GAMMA_AGREEMENT = "gamma-agreement";

  /** The demo tenant's WeChat Pay settings (keys, certificates) and the WeChat Pay test peer. */
  public static final String DEMO_WECHAT_PAY = "demo-wechat-pay";

  /**
   * The demo tenant's ledger: bookings read it shared, the fee report (whose totals are compared
   * with the ledger's) alone.
   */
  public static final String DEMO_LEDGER = "demo-ledger";
}
