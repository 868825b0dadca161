package com.openplatform.notices.inbox;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * §6.1: the phone a developer's SMS go to — the contact phone of their materials — once they
 * confirmed it with a code sent to it. Only the code's SHA-256 is kept; a code holds {@link
 * #CODE_LIFE}, allows {@link #MAX_ATTEMPTS} tries, and a new one is sent at most every {@link
 * #RESEND_AFTER}.
 */
@Entity
@Table(name = "notice_phone")
public class ConfirmedPhone extends TenantOwned {

  public static final Duration CODE_LIFE = Duration.ofMinutes(10);
  public static final Duration RESEND_AFTER = Duration.ofSeconds(60);
  public static final int MAX_ATTEMPTS = 5;

  @Id private String id;

  @Column(name = "developer_id", nullable = false, updatable = false)
  private String developerId;

  @Column(nullable = false)
  private String phone;

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "code_sent_at")
  private Instant codeSentAt;

  @Column(name = "code_attempts", nullable = false)
  private int codeAttempts;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Version private long version;

  protected ConfirmedPhone() {}

  ConfirmedPhone(String developerId, String phone) {
    this.id = UUID.randomUUID().toString();
    this.developerId = developerId;
    this.phone = phone;
  }

  /** Whether a new code may be sent now. */
  public boolean maySend(Instant now) {
    return codeSentAt == null || !codeSentAt.plus(RESEND_AFTER).isAfter(now);
  }

  /** A new code for this phone (the old confirmation, of another number, no longer holds). */
  public void codeSent(String phone, String code, Instant now) {
    if (!phone.equals(this.phone)) {
      this.phone = phone;
      this.confirmedAt = null;
    }
    this.codeHash = hash(code);
    this.codeSentAt = now;
    this.codeAttempts = 0;
  }

  /** Whether the code confirms the phone; a wrong one uses up an attempt. */
  public boolean confirm(String code, Instant now) {
    if (codeHash == null
        || codeAttempts >= MAX_ATTEMPTS
        || codeSentAt.plus(CODE_LIFE).isBefore(now)) {
      return false;
    }
    codeAttempts++;
    if (!MessageDigest.isEqual(
        hash(code).getBytes(StandardCharsets.US_ASCII),
        codeHash.getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    confirmedAt = now;
    codeHash = null;
    return true;
  }

  static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((code == null ? "" : code.strip()).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String developerId() {
    return developerId;
  }

  public String phone() {
    return phone;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }
}
