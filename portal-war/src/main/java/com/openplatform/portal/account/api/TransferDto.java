package com.openplatform.portal.account.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to hand the account to someone else (always refused, §2.1.1). */
public record TransferDto(@Schema(description = "Whom the account would go to") String recipient) {}
