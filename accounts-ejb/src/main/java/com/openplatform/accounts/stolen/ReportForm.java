package com.openplatform.accounts.stolen;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a reporter tells (§2.1.6): the account (its registered email), who they are (name, contact,
 * identity information and credentials), the facts and their requests. The limits below are the one
 * source of each field's size: {@link ReportCompleteness} checks them, the API description states
 * them.
 */
public record ReportForm(
    @Schema(required = true, format = "email", maxLength = ReportForm.SHORT_MAX)
        String accountEmail,
    @Schema(maxLength = ReportForm.SHORT_MAX) String reporterName,
    @Schema(format = "email", maxLength = ReportForm.SHORT_MAX) String reporterEmail,
    @Schema(maxLength = ReportForm.PHONE_MAX) String reporterPhone,
    @Schema(
            maxLength = ReportForm.LONG_MAX,
            description = "Identity information and credentials proving the reporter's right")
        String identityInfo,
    @Schema(required = true, maxLength = ReportForm.LONG_MAX) String facts,
    @Schema(maxLength = ReportForm.LONG_MAX) String requests) {

  public static final int SHORT_MAX = 254;
  public static final int PHONE_MAX = 30;
  public static final int LONG_MAX = 5000;
}
