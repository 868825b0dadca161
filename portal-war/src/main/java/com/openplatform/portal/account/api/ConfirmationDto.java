package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.AccountConfirmation;
import com.openplatform.core.identity.PasswordRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mailed link's token, and — to activate a registration — the password chosen by whoever holds
 * the link: {@code {"token": "...", "password": "..."}}.
 */
public record ConfirmationDto(
    @Schema(
            required = true,
            maxLength = AccountConfirmation.TOKEN_MAX,
            description = "The token of the mailed link (its `token` query parameter)")
        String token,
    @Schema(
            minLength = PasswordRules.MIN_LENGTH,
            maxLength = PasswordRules.MAX_LENGTH,
            format = "password",
            description =
                "The new account's password; required to activate a registration, not to link an"
                    + " email")
        String password) {}
