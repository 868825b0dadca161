package com.openplatform.accounts.account;

import java.time.Instant;

/** What callers outside this module see of an account. */
public record AccountView(
    String id,
    String email,
    String qqNumber,
    String displayName,
    AccountStatus status,
    Instant createdAt) {

  public static AccountView of(DeveloperAccount a) {
    return new AccountView(
        a.id(), a.email(), a.qqNumber(), a.displayName(), a.status(), a.createdAt());
  }

  /** How people name the account: its email, or — until one is linked — its QQ number. */
  public String label() {
    return email != null ? email : "QQ " + qqNumber;
  }

  /** §2.1.1: an account registered with a QQ number must link an email before anything else. */
  public boolean emailLinkRequired() {
    return email == null;
  }
}
