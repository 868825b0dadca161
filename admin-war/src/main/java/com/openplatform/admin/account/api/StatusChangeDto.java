package com.openplatform.admin.account.api;

import com.openplatform.accounts.account.StatusChangeView;

/** An entry of an account's status history; {@code from} is null for the registration. */
public record StatusChangeDto(
    String from, String to, String action, String actor, String reason, String at) {

  static StatusChangeDto of(StatusChangeView v) {
    return new StatusChangeDto(
        v.from() == null ? null : v.from().name(),
        v.to().name(),
        v.action(),
        v.actor(),
        v.reason(),
        v.at().toString());
  }
}
