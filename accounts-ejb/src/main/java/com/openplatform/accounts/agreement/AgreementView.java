package com.openplatform.accounts.agreement;

import java.time.Instant;

/** An agreement version as callers see it, with whether the calling developer has accepted it. */
public record AgreementView(
    String id,
    String label,
    String title,
    String body,
    Instant effectiveAt,
    Instant publishedAt,
    boolean accepted) {

  static AgreementView of(AgreementVersion v, boolean accepted) {
    return new AgreementView(
        v.id(), v.label(), v.title(), v.body(), v.effectiveAt(), v.publishedAt(), accepted);
  }
}
