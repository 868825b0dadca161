package com.openplatform.portal.account.api;

/** A registration with a QQ number: {@code {"qqNumber": "...", "password": "..."}}. */
public record QqRegistrationDto(String qqNumber, String password) {}
