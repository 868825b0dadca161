package com.openplatform.notices.letter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff member's answer to a written notice. */
public record ReplyForm(@NotBlank @Size(max = 20_000) String body) {}
