package com.openplatform.notices.inbox;

import java.time.Instant;

/**
 * The developer's SMS phone (§6.1): the contact phone of the materials, and whether it is confirmed
 * (null: no phone in the materials).
 */
public record PhoneStatus(String phone, boolean confirmed, Instant confirmedAt) {}
