package com.openplatform.portal.agreement.api;

/**
 * A decision on a version: {@code {"versionId": "..."}}, with a written {@code statement} for a
 * refusal.
 */
public record DecisionDto(String versionId, String statement) {}
