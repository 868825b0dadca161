package com.openplatform.notices.letter;

import com.openplatform.core.document.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document attached to a written notice (§6.4), checked like every document. */
@Entity
@Table(name = "notice_letter_attachment")
public class LetterAttachment extends StoredDocument {

  @Column(name = "letter_id", nullable = false, updatable = false)
  private String letterId;

  protected LetterAttachment() {}

  LetterAttachment(String letterId, String fileName, String mediaType, byte[] content, Instant at) {
    super(fileName, mediaType, content, at);
    this.letterId = letterId;
  }

  public String letterId() {
    return letterId;
  }
}
