package com.openplatform.notices.letter;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A staff member's answer to a written notice (§6.4). */
@Entity
@Table(name = "notice_letter_reply")
public class LetterReply extends TenantOwned {

  @Id private String id;

  @Column(name = "letter_id", nullable = false, updatable = false)
  private String letterId;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected LetterReply() {}

  LetterReply(String letterId, String author, String body, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.letterId = letterId;
    this.author = author;
    this.body = body;
    this.at = at;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public Instant at() {
    return at;
  }
}
