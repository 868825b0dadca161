package com.openplatform.notices.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The code an SMS brought, to confirm the phone. */
public record PhoneCode(@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*") String code) {}
