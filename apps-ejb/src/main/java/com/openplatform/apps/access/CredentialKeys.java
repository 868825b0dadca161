package com.openplatform.apps.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** Each tenant's credential key ({@link AppSecrets}) in {@code app_credential_key}. */
@ApplicationScoped
public class CredentialKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  /**
   * The tenant's key, made on first use. Committed on its own, so a caller's rollback never loses a
   * key another node may already use; two nodes making it at once keep the first one written.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] load(String tenant) {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT IGNORE INTO app_credential_key (tenant_id, secret_key, created_at)"
                  + " VALUES (?, ?, ?)")) {
        insert.setString(1, tenant);
        insert.setBytes(2, fresh);
        insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
        insert.executeUpdate();
      }
      try (PreparedStatement read =
          c.prepareStatement("SELECT secret_key FROM app_credential_key WHERE tenant_id = ?")) {
        read.setString(1, tenant);
        try (ResultSet r = read.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException("no credential key for " + tenant);
          }
          return r.getBytes(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("credential key of " + tenant, e);
    }
  }
}
