package com.openplatform.accounts.account;

/**
 * What a mailed link confirms: the address, and whether it activates a registration or links the
 * address to a QQ account.
 */
public record ConfirmationView(String email, Purpose purpose) {

  public enum Purpose {
    /** A registration (§2.1.1): confirming sets the password and activates the account. */
    ACTIVATE,
    /** An account registered with a QQ number links this address (§2.1.1). */
    LINK_EMAIL
  }
}
