package com.openplatform.portal.account.api;

/** The body of a registration: {@code {"email": "...", "password": "..."}}. */
public record RegistrationDto(String email, String password) {}
