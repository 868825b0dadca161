package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.EmailAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a registration: {@code {"email": "..."}}. No password: it is chosen when the link
 * mailed to the address is confirmed (§2.1.2).
 */
public record RegistrationDto(
    @Schema(
            required = true,
            format = "email",
            maxLength = EmailAddress.MAX_LENGTH,
            examples = "dev@example.com")
        String email) {}
