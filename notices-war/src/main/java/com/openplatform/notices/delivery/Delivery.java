package com.openplatform.notices.delivery;

import com.openplatform.core.notice.Channel;
import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One notice to one developer on one channel (§6.2: when it was sent — deemed received — and what
 * failed and why). Unique per notice, developer and channel: that key is the delivery's idempotency
 * key, so a fan-out done again after a crash cannot make a second one. On the web channels (inbox,
 * prompt) the delivery is the message itself: sent when written, then read, archived or
 * acknowledged by the developer.
 */
@Entity
@Table(name = "notice_delivery")
public class Delivery extends TenantOwned {

  /** Where a delivery is. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DeliveryState")
  public enum State {
    /** To be sent (again) at {@code nextAttemptAt}. */
    PENDING,
    /** Sent: deemed received (§6.2) at {@code sentAt}. */
    SENT,
    /** Not sent, for a reason that retrying cannot change (opted out, no address). */
    SKIPPED,
    /** Failed every attempt: waits in the dead letters until staff send it again. */
    DEAD
  }

  @Id private String id;

  @Column(name = "notice_id", nullable = false, updatable = false)
  private String noticeId;

  @Column(name = "developer_id", nullable = false, updatable = false)
  private String developerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  /** Where it goes (the email address, phone or postal address at fan-out time). */
  @Column(updatable = false)
  private String address;

  /** The recipient's name at fan-out: what {@code {name}} says in this delivery. */
  @Column(name = "recipient_name", updatable = false)
  private String recipientName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Delivery() {}

  private Delivery(
      String noticeId, String developerId, Channel channel, String address, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.noticeId = noticeId;
    this.developerId = developerId;
    this.channel = channel;
    this.address = address;
    this.createdAt = now;
  }

  /** A delivery the fan-out writes: sent at once on the web channels, else pending. */
  static Delivery of(
      String noticeId,
      String developerId,
      String name,
      Channel channel,
      String address,
      Instant now) {
    Delivery d = new Delivery(noticeId, developerId, channel, address, now);
    d.recipientName = name;
    if (channel.sentToPeer()) {
      d.state = State.PENDING;
      d.nextAttemptAt = now;
    } else {
      d.state = State.SENT;
      d.sentAt = now;
    }
    return d;
  }

  /** A delivery that is not made, with the reason ({@code opted-out}, {@code no-address}). */
  static Delivery skipped(
      String noticeId, String developerId, Channel channel, String reason, Instant now) {
    Delivery d = new Delivery(noticeId, developerId, channel, null, now);
    d.state = State.SKIPPED;
    d.lastError = reason;
    return d;
  }

  /** Whether a sender may work on it now. */
  public boolean due(Instant now) {
    return state == State.PENDING && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
  }

  void sent(Instant now) {
    state = State.SENT;
    sentAt = now;
    nextAttemptAt = null;
    attempts++;
  }

  /** A failed attempt: again after the back-off, or dead after the last one. */
  void failed(String error, Instant now, Backoff backoff) {
    attempts++;
    lastError = error == null ? "failed" : error.length() > 500 ? error.substring(0, 500) : error;
    Duration wait = backoff.after(attempts);
    if (wait == null) {
      state = State.DEAD;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(wait);
    }
  }

  /** Staff send a dead letter again: pending now, with a fresh series of attempts. */
  public void revive(Instant now) {
    state = State.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  public void read(boolean read, Instant now) {
    readAt = read ? (readAt == null ? now : readAt) : null;
  }

  public void archive(boolean archived, Instant now) {
    archivedAt = archived ? (archivedAt == null ? now : archivedAt) : null;
  }

  public void acknowledge(Instant now) {
    if (acknowledgedAt == null) {
      acknowledgedAt = now;
    }
    read(true, now);
  }

  public String id() {
    return id;
  }

  public String noticeId() {
    return noticeId;
  }

  public String developerId() {
    return developerId;
  }

  public Channel channel() {
    return channel;
  }

  public String address() {
    return address;
  }

  public String recipientName() {
    return recipientName == null ? "" : recipientName;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant readAt() {
    return readAt;
  }

  public Instant archivedAt() {
    return archivedAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
