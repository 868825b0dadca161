package com.openplatform.billing.verification;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A verification order as its developer and staff see it; amounts exact in major units. */
public record OrderView(
    @Schema(required = true, format = "uuid") String id,
    @Schema(required = true, description = "The number payment providers see") String number,
    @Schema(required = true, format = "uuid") String accountId,
    @Schema(required = true) String developer,
    @Schema(required = true, examples = "VERIFICATION") String service,
    @Schema(required = true, examples = "300.00") String amount,
    @Schema(required = true, examples = "CNY") String currency,
    @Schema(required = true) OrderState state,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true, description = "An unpaid order expires then") Instant payBy,
    String provider,
    @Schema(description = "The provider's transaction: the receipt's reference")
        String transactionId,
    Instant paidAt,
    Instant decidedAt,
    @Schema(required = true) List<String> reasons,
    @Schema(description = "An approved verification holds until then") Instant validUntil,
    Instant refundedAt,
    @Schema(
            format = "uuid",
            description =
                "Staff only: the reviewer organisation the review is entrusted to (§2.4.2)")
        String reviewerOrganisation) {

  /** As the developer sees it. */
  static OrderView of(VerificationOrder o) {
    return view(o, null);
  }

  /** As staff see it: with the reviewer organisation. */
  static OrderView staff(VerificationOrder o) {
    return view(o, o.reviewerOrganisation());
  }

  private static OrderView view(VerificationOrder o, String reviewerOrganisation) {
    return new OrderView(
        o.id(),
        o.number(),
        o.accountId(),
        o.developer(),
        o.service(),
        o.price().major().toPlainString(),
        o.price().currency().getCurrencyCode(),
        o.state(),
        o.createdAt(),
        o.payBy(),
        o.provider(),
        o.transactionId(),
        o.paidAt(),
        o.decidedAt(),
        o.reasons() == null || o.reasons().isEmpty() ? List.of() : List.of(o.reasons().split("\n")),
        o.validUntil(),
        o.refundedAt(),
        reviewerOrganisation);
  }
}
