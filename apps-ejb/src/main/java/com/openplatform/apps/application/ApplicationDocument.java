package com.openplatform.apps.application;

import com.openplatform.core.document.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A licence or copyright document of an application (§2.2.3, §2.2.4), checked and kept like a
 * developer's qualification documents. Never changed; a newer upload of the same kind stands beside
 * the older ones, and review reads them all.
 */
@Entity
@Table(name = "application_document")
@NamedQuery(
    name = "ApplicationDocument.of",
    query =
        "SELECT d.id, d.kind, d.fileName, d.mediaType, d.sizeBytes, d.sha256, d.uploadedAt"
            + " FROM ApplicationDocument d WHERE d.applicationId = :app ORDER BY d.uploadedAt")
public class ApplicationDocument extends StoredDocument {

  @Column(name = "application_id", nullable = false, updatable = false)
  private String applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DocumentKind kind;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  protected ApplicationDocument() {}

  ApplicationDocument(
      String applicationId,
      DocumentKind kind,
      String fileName,
      String mediaType,
      byte[] content,
      String uploadedBy,
      Instant at) {
    super(fileName, mediaType, content, at);
    this.applicationId = applicationId;
    this.kind = kind;
    this.uploadedBy = uploadedBy;
  }

  public String applicationId() {
    return applicationId;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String uploadedBy() {
    return uploadedBy;
  }
}
