package com.openplatform.accounts.account;

import java.time.Instant;

/** What callers outside this module see of an account. */
public record AccountView(
    String id, String email, String displayName, AccountStatus status, Instant createdAt) {

  static AccountView of(DeveloperAccount a) {
    return new AccountView(a.id(), a.email(), a.displayName(), a.status(), a.createdAt());
  }
}
