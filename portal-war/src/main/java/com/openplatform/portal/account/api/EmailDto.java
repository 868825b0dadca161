package com.openplatform.portal.account.api;

import com.openplatform.accounts.account.EmailAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An email address: {@code {"email": "..."}}. */
public record EmailDto(
    @Schema(
            required = true,
            format = "email",
            maxLength = EmailAddress.MAX_LENGTH,
            examples = "dev@example.com")
        String email) {}
