package com.openplatform.accounts.qualification;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded qualification document (§2.2): its type as detected from its content, its size and
 * SHA-256. Never changed; versions of the materials refer to the documents they include.
 */
@Entity
@Table(name = "qualification_document")
public class QualificationDocument extends TenantOwned {

  @Id private String id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected QualificationDocument() {}

  QualificationDocument(
      String accountId,
      String fileName,
      String mediaType,
      byte[] content,
      String sha256,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedAt = at;
  }

  public String id() {
    return id;
  }

  public String accountId() {
    return accountId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
