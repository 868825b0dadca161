package com.openplatform.portal.agreement.api;

import com.openplatform.accounts.agreement.AgreementAcceptance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A decision on a version: {@code {"versionId": "..."}}, with a written {@code statement} for a
 * refusal.
 */
public record DecisionDto(
    @Schema(required = true, format = "uuid", description = "The version in force, as read")
        String versionId,
    @Schema(
            maxLength = AgreementAcceptance.STATEMENT_MAX,
            description = "Required for a refusal: the written statement (§5.1)")
        String statement) {}
