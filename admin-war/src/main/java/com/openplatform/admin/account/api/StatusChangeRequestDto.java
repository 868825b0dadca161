package com.openplatform.admin.account.api;

import com.openplatform.accounts.account.AccountEnforcement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A named status operation ({@code restrict}, {@code suspend}, {@code reinstate}, {@code
 * terminate}, {@code ban}) and its reason.
 */
public record StatusChangeRequestDto(
    // the codes of AccountAction
    @Schema(
            required = true,
            enumeration = {"restrict", "suspend", "reinstate", "terminate", "ban"})
        String action,
    @Schema(required = true, maxLength = AccountEnforcement.REASON_MAX) String reason) {}
