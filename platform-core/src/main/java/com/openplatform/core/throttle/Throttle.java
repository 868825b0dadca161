package com.openplatform.core.throttle;

import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Counts uses of operations that anyone can trigger and that cost mail or staff time (registration,
 * confirmation links, stolen-account reports …) in fixed windows, in the database, so the limit
 * holds across every node of a cluster. Beyond the limit: 429 problem details with {@code
 * Retry-After}. Keys are stored only as SHA-256, per tenant. Each count commits on its own, so a
 * request that fails later still counts.
 */
@ApplicationScoped
public class Throttle {

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  private final Clock clock = Clock.systemUTC();

  /** Counts one use of {@code limit} by {@code key}; refuses with 429 beyond its maximum. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void acquire(Limit limit, String key) {
    if (key == null || key.isBlank()) {
      return;
    }
    String tenant = TenantContext.tenant().value();
    Instant now = clock.instant();
    long windowMillis = limit.window().toMillis();
    Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
    String bucket = sha256(limit.action() + "\n" + key.strip().toLowerCase(Locale.ROOT));
    int hits;
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement up =
          c.prepareStatement(
              "INSERT INTO throttle_window (tenant_id, bucket, window_start, hits) VALUES (?, ?, ?, 1)"
                  + " ON DUPLICATE KEY UPDATE hits = hits + 1")) {
        up.setString(1, tenant);
        up.setString(2, bucket);
        up.setTimestamp(3, utc(start));
        up.executeUpdate();
      }
      try (PreparedStatement read =
          c.prepareStatement(
              "SELECT hits FROM throttle_window WHERE tenant_id = ? AND bucket = ? AND window_start = ?")) {
        read.setString(1, tenant);
        read.setString(2, bucket);
        read.setTimestamp(3, utc(start));
        try (ResultSet r = read.executeQuery()) {
          hits = r.next() ? r.getInt(1) : 1;
        }
      }
      if (ThreadLocalRandom.current().nextInt(200) == 0) {
        try (PreparedStatement old =
            c.prepareStatement(
                "DELETE FROM throttle_window WHERE tenant_id = ? AND window_start < ?")) {
          old.setString(1, tenant);
          old.setTimestamp(2, utc(now.minus(Duration.ofDays(2))));
          old.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new ProblemException(ProblemKind.Common.UNAVAILABLE).retryAfter(Duration.ofSeconds(5));
    }
    if (hits > limit.max()) {
      throw new ProblemException(ProblemKind.Common.TOO_MANY_REQUESTS)
          .retryAfter(Duration.between(now, start.plus(limit.window())));
    }
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
