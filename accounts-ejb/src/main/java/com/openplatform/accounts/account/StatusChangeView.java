package com.openplatform.accounts.account;

import java.time.Instant;

/** An entry of an account's status history, as staff see it. */
public record StatusChangeView(
    AccountStatus from, AccountStatus to, String action, String actor, String reason, Instant at) {

  static StatusChangeView of(AccountStatusChange c) {
    return new StatusChangeView(
        c.fromStatus(), c.toStatus(), c.action(), c.actor(), c.reason(), c.changedAt());
  }
}
