package com.openplatform.notices.notice;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A tenant's own wording of a topic's notice, in both languages. */
@Entity
@Table(name = "notice_template")
public class TenantTemplate extends TenantOwned {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String topic;

  @Column(name = "subject_zh", nullable = false)
  private String subjectZh;

  @Column(name = "subject_en", nullable = false)
  private String subjectEn;

  @Column(name = "text_zh", nullable = false)
  private String textZh;

  @Column(name = "text_en", nullable = false)
  private String textEn;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected TenantTemplate() {}

  TenantTemplate(String topic) {
    this.id = UUID.randomUUID().toString();
    this.topic = topic;
  }

  void set(NoticeText text, String by, Instant at) {
    subjectZh = text.subjectZh();
    subjectEn = text.subjectEn();
    textZh = text.textZh();
    textEn = text.textEn();
    updatedBy = by;
    updatedAt = at;
  }

  public String topic() {
    return topic;
  }

  public NoticeText text() {
    return new NoticeText(subjectZh, subjectEn, textZh, textEn);
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
