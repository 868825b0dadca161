package com.openplatform.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads MariaDB directly, to check what the platform did or did not write. */
public final class Db {

  private Db() {}

  public static int count(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  public static Optional<String> string(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** A test fixture written directly (e.g. data a stack of an older version lacks). */
  public static int update(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepare(c, sql, params)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(Stack.config().dbUrl(), "platform", "platform");
  }
}
