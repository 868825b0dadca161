package com.openplatform.admin.account.api;

/**
 * A named status operation ({@code restrict}, {@code suspend}, {@code reinstate}, {@code
 * terminate}, {@code ban}) and its reason.
 */
public record StatusChangeRequestDto(String action, String reason) {}
