package com.openplatform.portal.account.api;

/** An email address: {@code {"email": "..."}}. */
public record EmailDto(String email) {}
