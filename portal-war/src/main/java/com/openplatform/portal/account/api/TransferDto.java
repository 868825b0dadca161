package com.openplatform.portal.account.api;

/** A request to hand the account to someone else (always refused, §2.1.1). */
public record TransferDto(String recipient) {}
