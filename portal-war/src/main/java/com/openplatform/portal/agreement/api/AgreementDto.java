package com.openplatform.portal.agreement.api;

import com.openplatform.accounts.agreement.AgreementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agreement version in force and whether the caller accepted it; times in UTC. */
public record AgreementDto(
    @Schema(required = true, format = "uuid") String id,
    @Schema(required = true) String label,
    @Schema(required = true) String title,
    @Schema(required = true) String body,
    @Schema(required = true, format = "date-time") String effectiveAt,
    @Schema(required = true) boolean accepted) {

  public static AgreementDto of(AgreementView v) {
    return new AgreementDto(
        v.id(), v.label(), v.title(), v.body(), v.effectiveAt().toString(), v.accepted());
  }
}
