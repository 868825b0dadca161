package com.openplatform.core.document;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded document as every module keeps it, once checked by {@link DocumentCheck}: its name,
 * its type as detected from its content, its size, SHA-256 and bytes (read only when asked for).
 * Never changed. A developer's qualification documents (§2.2) and an application's licences and
 * copyright documents (§2.2.3, §2.2.4) are kinds of it, each in its module's own table.
 */
@MappedSuperclass
public abstract class StoredDocument extends TenantOwned {

  @Id private String id;

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

  protected StoredDocument() {}

  /** A document named {@code fileName} (already cleaned), of a type detected from its content. */
  protected StoredDocument(String fileName, String mediaType, byte[] content, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = DocumentCheck.sha256(content);
    this.uploadedAt = at;
  }

  public String id() {
    return id;
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
