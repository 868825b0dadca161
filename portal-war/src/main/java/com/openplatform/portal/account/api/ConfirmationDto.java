package com.openplatform.portal.account.api;

/** The token of a mailed confirmation link: {@code {"token": "..."}}. */
public record ConfirmationDto(String token) {}
