package com.openplatform.notices.letter;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** §6.4: a developer's written notice to the operator, with its number for the receipt. */
@Entity
@Table(name = "notice_letter")
public class Letter extends TenantOwned {

  /** Where a written notice is. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "LetterState")
  public enum State {
    /** Received, no answer yet. */
    OPEN,
    /** Staff answered; the developer may write again. */
    ANSWERED,
    /** Done. */
    CLOSED
  }

  @Id private String id;

  @Column(name = "developer_id", nullable = false, updatable = false)
  private String developerId;

  @Column(nullable = false, updatable = false)
  private String number;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Letter() {}

  Letter(String developerId, String subject, String body, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.developerId = developerId;
    this.number = "L-" + id.substring(0, 8).toUpperCase(Locale.ROOT);
    this.subject = subject;
    this.body = body;
    this.state = State.OPEN;
    this.receivedAt = now;
    this.updatedAt = now;
  }

  void answered(Instant now) {
    state = State.ANSWERED;
    updatedAt = now;
  }

  void closed(Instant now) {
    state = State.CLOSED;
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String developerId() {
    return developerId;
  }

  public String number() {
    return number;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public State state() {
    return state;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
