package com.openplatform.portal.account.api;

/**
 * The body of a registration: {@code {"email": "..."}}. No password: it is chosen when the link
 * mailed to the address is confirmed (§2.1.2).
 */
public record RegistrationDto(String email) {}
