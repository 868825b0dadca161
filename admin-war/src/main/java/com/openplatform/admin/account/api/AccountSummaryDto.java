package com.openplatform.admin.account.api;

import com.openplatform.accounts.account.AccountView;

/** A developer account as staff see it; times are ISO-8601 instants in UTC. */
public record AccountSummaryDto(
    String id, String email, String qqNumber, String displayName, String status, String createdAt) {

  static AccountSummaryDto of(AccountView view) {
    return new AccountSummaryDto(
        view.id(),
        view.email(),
        view.qqNumber(),
        view.displayName(),
        view.status().name(),
        view.createdAt().toString());
  }
}
