package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.AccountStatus;
import com.openplatform.accounts.account.AccountView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A developer account on the API; times are ISO-8601 instants in UTC. */
public record AccountDto(
    @Schema(required = true, format = "uuid") String id,
    @Schema(format = "email", description = "Absent while a QQ-number account has linked none")
        String email,
    @Schema(pattern = "^[1-9][0-9]{4,10}$", description = "For accounts of the operator's QQ users")
        String qqNumber,
    @Schema(description = "Absent until the developer chooses one") String displayName,
    @Schema(required = true) AccountStatus status,
    @Schema(required = true, format = "date-time") String createdAt) {

  public static AccountDto of(AccountView view) {
    return new AccountDto(
        view.id(),
        view.email(),
        view.qqNumber(),
        view.displayName(),
        view.status(),
        view.createdAt().toString());
  }
}
