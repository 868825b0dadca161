package com.openplatform.notices.letter;

import java.time.Instant;
import java.util.List;

/** A written notice with its attachments and replies (§6.4). */
public record LetterView(
    String id,
    String number,
    String developerId,
    String subject,
    String body,
    Letter.State state,
    Instant receivedAt,
    Instant updatedAt,
    List<AttachmentView> attachments,
    List<ReplyView> replies) {

  /** An attachment as listed: its name, type, size and digest. */
  public record AttachmentView(
      String id, String fileName, String mediaType, long sizeBytes, String sha256) {}

  /** A reply: who answered (a staff member, for staff; the operator, for the developer), when. */
  public record ReplyView(String author, String body, Instant at) {}
}
