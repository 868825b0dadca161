package com.openplatform.portal.account.api;

/**
 * A mailed link's token, and — to activate a registration — the password chosen by whoever holds
 * the link: {@code {"token": "...", "password": "..."}}.
 */
public record ConfirmationDto(String token, String password) {}
