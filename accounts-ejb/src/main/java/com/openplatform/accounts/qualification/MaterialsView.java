package com.openplatform.accounts.qualification;

import java.time.Instant;
import java.util.List;

/**
 * A version of the materials as callers see it; {@code materials} is null while only documents
 * exist.
 */
public record MaterialsView(
    int version,
    Materials materials,
    List<DocumentView> documents,
    Instant createdAt,
    String createdBy) {}
