package com.openplatform.accounts.api;

/**
 * Fired (CDI, in the changing transaction) when staff change a developer account's status: whether
 * the developer's applications may still serve users now (§2.1.3, §2.8, §5.4; {@link
 * Developers#appsServe}). Modules that act for the developer's applications observe it.
 */
public record DeveloperStandingChanged(String accountId, boolean appsServe) {}
