package com.openplatform.admin.agreement.api;

/**
 * A version to publish; {@code effectiveAt} is an ISO-8601 instant, e.g. {@code
 * 2027-01-01T00:00:00Z}.
 */
public record NewAgreementVersionDto(String label, String title, String body, String effectiveAt) {}
