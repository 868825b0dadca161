package com.openplatform.accounts.qualification;

import com.openplatform.core.document.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded qualification document (§2.2): its type as detected from its content, its size and
 * SHA-256. Never changed; versions of the materials refer to the documents they include.
 */
@Entity
@Table(name = "qualification_document")
public class QualificationDocument extends StoredDocument {

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  protected QualificationDocument() {}

  QualificationDocument(
      String accountId, String fileName, String mediaType, byte[] content, Instant at) {
    super(fileName, mediaType, content, at);
    this.accountId = accountId;
  }

  public String accountId() {
    return accountId;
  }
}
