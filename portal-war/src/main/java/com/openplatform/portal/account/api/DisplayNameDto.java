package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.MyAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a change of display name. */
public record DisplayNameDto(
    @Schema(required = true, maxLength = MyAccount.DISPLAY_NAME_MAX, examples = "Example Studio")
        String displayName) {}
