package com.openplatform.accounts.account;

import com.openplatform.core.config.Settings;

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
   * account's may unless the operator's policy closes them too ({@code
   * op.accounts.restriction-closes-apps}, default false: §2.1.3 withholds paid and new services).
   */
  public boolean appsServe() {
    return this == ACTIVE
        || this == RESTRICTED && !Settings.flag("op.accounts.restriction-closes-apps");
  }
}
