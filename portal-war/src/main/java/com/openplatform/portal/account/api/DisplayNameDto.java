package com.openplatform.portal.account.api;

/** The body of a change of display name. */
public record DisplayNameDto(String displayName) {}
