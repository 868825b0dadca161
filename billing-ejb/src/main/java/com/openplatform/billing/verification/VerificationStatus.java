package com.openplatform.billing.verification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a developer stands with verification (§2.4), and whether they may order it now. */
public record VerificationStatus(
    @Schema(required = true) boolean verified,
    @Schema(description = "The verification holds until then") Instant validUntil,
    @Schema(description = "Re-verification can be ordered from then") Instant renewalFrom,
    @Schema(
            description = "The fee in force now; absent while verification is free",
            examples = "300.00")
        String price,
    @Schema(required = true, examples = "CNY") String currency,
    @Schema(
            description =
                "§2.3.2: the announced next fee (absent: none announced; \"0.00\": free from then)",
            examples = "350.00")
        String announcedPrice,
    @Schema(description = "When the announced fee takes effect") Instant announcedFrom,
    @Schema(
            required = true,
            description = "§2.3.2: every announced change of the fee, earliest first")
        java.util.List<AnnouncedFee> announcedChanges,
    @Schema(required = true) boolean canApply,
    @Schema(
            description =
                "Why an order is not possible now: materials-incomplete, verification-open,"
                    + " verification-valid")
        String cannotApply,
    @Schema(description = "The latest order") OrderView latest,
    @Schema(required = true, description = "Payments go to the sandbox payer (demo only)")
        boolean sandbox) {

  /** An announced fee and when it takes effect ("0.00": free from then). */
  public record AnnouncedFee(
      @Schema(required = true, examples = "350.00") String price,
      @Schema(required = true) Instant from) {}
}
