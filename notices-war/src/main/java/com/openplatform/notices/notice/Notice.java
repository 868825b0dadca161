package com.openplatform.notices.notice;

import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.notice.Segment;
import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A notice (§6.1): what is said (subject and text in Chinese and English), legal or commercial
 * (§6.3), to whom (one developer, a segment, everyone) and on which channels. One row whatever the
 * audience: its recipients are found by the fan-out in the background, which keeps its place
 * ({@code cursor}) in this row, in the same transaction as the deliveries it writes.
 */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwned {

  /** Where the notice is in its life. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "NoticeState")
  public enum State {
    /** Waiting for its time ({@code sendAt}). */
    SCHEDULED,
    /** Its recipients are being found, batch by batch. */
    FANNING_OUT,
    /** Every recipient has a delivery per channel (each delivery goes its own way). */
    FANNED_OUT
  }

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private NoticeKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience_type", nullable = false, updatable = false)
  private Audience.Type audienceType;

  @Column(name = "audience_developer", updatable = false)
  private String audienceDeveloper;

  @Column(name = "seg_status", updatable = false)
  private String segStatus;

  @Column(name = "seg_subject_type", updatable = false)
  private String segSubjectType;

  @Column(name = "seg_verified", updatable = false)
  private Boolean segVerified;

  @Column(name = "seg_has_approved_apps", updatable = false)
  private Boolean segHasApprovedApps;

  @Column(name = "seg_category", updatable = false)
  private String segCategory;

  @Column(nullable = false, updatable = false)
  private String channels;

  @Column(name = "subject_zh", nullable = false, updatable = false)
  private String subjectZh;

  @Column(name = "subject_en", nullable = false, updatable = false)
  private String subjectEn;

  @Column(name = "text_zh", nullable = false, updatable = false)
  private String textZh;

  @Column(name = "text_en", nullable = false, updatable = false)
  private String textEn;

  @Column(name = "dedupe_key", nullable = false, updatable = false)
  private String dedupeKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "send_at", nullable = false, updatable = false)
  private Instant sendAt;

  @Column(name = "cursor_id")
  private String cursor;

  @Column(nullable = false)
  private int recipients;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "fanned_out_at")
  private Instant fannedOutAt;

  @Version private long version;

  protected Notice() {}

  public Notice(
      String topic,
      NoticeKind kind,
      Audience audience,
      Set<Channel> channels,
      NoticeText text,
      String dedupeKey,
      Instant sendAt,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.topic = topic;
    this.kind = kind;
    this.audienceType = audience.type();
    this.audienceDeveloper = audience.developerId();
    Segment s = audience.segment();
    this.segStatus = s.status();
    this.segSubjectType = s.subjectType();
    this.segVerified = s.verified();
    this.segHasApprovedApps = s.hasApprovedApps();
    this.segCategory = s.category();
    this.channels = channels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.subjectZh = text.subjectZh();
    this.subjectEn = text.subjectEn();
    this.textZh = text.textZh();
    this.textEn = text.textEn();
    this.dedupeKey = dedupeKey;
    this.sendAt = sendAt;
    this.state = sendAt.isAfter(createdAt) ? State.SCHEDULED : State.FANNING_OUT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Whether the fan-out may work on it now (its time has come, recipients remain). */
  public boolean due(Instant now) {
    return state != State.FANNED_OUT && !sendAt.isAfter(now);
  }

  /** A batch of the fan-out is written: its place, and how many recipients so far. */
  void advance(String next, int found, Instant now) {
    state = next == null ? State.FANNED_OUT : State.FANNING_OUT;
    cursor = next;
    recipients += found;
    if (next == null) {
      fannedOutAt = now;
    }
  }

  public String id() {
    return id;
  }

  /** What a sender needs of a notice: its text and whether it is commercial. */
  public record Content(NoticeText text, NoticeKind kind) {}

  public Content content() {
    return new Content(text(), kind);
  }

  public String topic() {
    return topic;
  }

  public NoticeKind kind() {
    return kind;
  }

  public Audience audience() {
    return new Audience(
        audienceType,
        audienceDeveloper,
        new Segment(segStatus, segSubjectType, segVerified, segHasApprovedApps, segCategory));
  }

  public Set<Channel> channels() {
    return Arrays.stream(channels.split(","))
        .map(Channel::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
  }

  public NoticeText text() {
    return new NoticeText(subjectZh, subjectEn, textZh, textEn);
  }

  public State state() {
    return state;
  }

  public Instant sendAt() {
    return sendAt;
  }

  public String cursor() {
    return cursor;
  }

  public int recipients() {
    return recipients;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant fannedOutAt() {
    return fannedOutAt;
  }
}
