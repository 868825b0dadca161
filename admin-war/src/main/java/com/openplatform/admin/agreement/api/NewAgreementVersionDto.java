package com.openplatform.admin.agreement.api;

import com.openplatform.accounts.agreement.AgreementPublishing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version to publish; {@code effectiveAt} is an ISO-8601 instant, e.g. {@code
 * 2027-01-01T00:00:00Z}.
 */
public record NewAgreementVersionDto(
    @Schema(required = true, maxLength = AgreementPublishing.LABEL_MAX, examples = "2027-01")
        String label,
    @Schema(required = true, maxLength = AgreementPublishing.TITLE_MAX) String title,
    @Schema(required = true, maxLength = AgreementPublishing.BODY_MAX) String body,
    @Schema(required = true, format = "date-time", examples = "2027-01-01T00:00:00Z")
        String effectiveAt) {}
