package com.openplatform.admin.agreement.api;

import com.openplatform.accounts.agreement.AgreementView;

/**
 * An agreement version; {@code effectiveAt} and {@code publishedAt} are ISO-8601 instants (UTC).
 */
public record AgreementVersionDto(
    String id, String label, String title, String body, String effectiveAt, String publishedAt) {

  static AgreementVersionDto of(AgreementView v) {
    return new AgreementVersionDto(
        v.id(),
        v.label(),
        v.title(),
        v.body(),
        v.effectiveAt().toString(),
        v.publishedAt().toString());
  }
}
