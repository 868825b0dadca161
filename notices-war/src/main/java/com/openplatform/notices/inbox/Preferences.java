package com.openplatform.notices.inbox;

import jakarta.validation.constraints.NotNull;

/**
 * §6.3: whether the developer receives commercial messages on each channel (legal notices come on
 * every channel whatever is set here).
 */
public record Preferences(
    @NotNull Boolean commercialEmail,
    @NotNull Boolean commercialSms,
    @NotNull Boolean commercialInbox) {}
