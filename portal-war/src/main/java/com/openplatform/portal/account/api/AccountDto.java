package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.AccountView;

/** A developer account on the API; times are ISO-8601 instants in UTC. */
public record AccountDto(
    String id, String email, String qqNumber, String displayName, String status, String createdAt) {

  public static AccountDto of(AccountView view) {
    return new AccountDto(
        view.id(),
        view.email(),
        view.qqNumber(),
        view.displayName(),
        view.status().name(),
        view.createdAt().toString());
  }
}
