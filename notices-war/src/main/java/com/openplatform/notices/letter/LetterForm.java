package com.openplatform.notices.letter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** §6.4: what a developer writes to the operator. */
public record LetterForm(
    @NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20_000) String body) {}
