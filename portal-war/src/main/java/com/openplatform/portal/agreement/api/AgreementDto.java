package com.openplatform.portal.agreement.api;

import com.openplatform.accounts.agreement.AgreementView;

/** The agreement version in force and whether the caller accepted it; times in UTC. */
public record AgreementDto(
    String id, String label, String title, String body, String effectiveAt, boolean accepted) {

  public static AgreementDto of(AgreementView v) {
    return new AgreementDto(
        v.id(), v.label(), v.title(), v.body(), v.effectiveAt().toString(), v.accepted());
  }
}
