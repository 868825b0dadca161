package com.openplatform.accounts.account;

/** The life of a developer account. */
public enum AccountStatus {
  PENDING,
  ACTIVE,
  RESTRICTED,
  SUSPENDED,
  TERMINATED,
  BANNED;

  /**
   * §2.1.3, §2.8, §5.4: whether the applications of an account in this status may serve users. An
   * active account's may; a suspended, terminated or banned account's may not; a restricted
   * account's may unless the tenant's policy closes them too ({@code restrictionClosesApps},
   * default false: §2.1.3 withholds paid and new services).
   */
  public boolean appsServe(boolean restrictionClosesApps) {
    return this == ACTIVE || this == RESTRICTED && !restrictionClosesApps;
  }
}
