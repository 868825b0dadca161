package com.openplatform.accounts.qualification;

import java.time.Instant;

/** An uploaded document without its content. */
public record DocumentView(
    String id,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt) {

  public static DocumentView of(QualificationDocument d) {
    return new DocumentView(
        d.id(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.uploadedAt());
  }
}
