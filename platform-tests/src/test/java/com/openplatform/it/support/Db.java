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

  /**
   * A write in a transaction left open, as an operation in flight holds it: its row locks stay
   * until {@link Open#commit()}.
   */
  public static Open open(String sql, Object... params) {
    try {
      Connection c = connect();
      c.setAutoCommit(false);
      try (PreparedStatement s = prepare(c, sql, params)) {
        s.executeUpdate();
      }
      long id;
      try (PreparedStatement s = c.prepareStatement("SELECT CONNECTION_ID()");
          ResultSet r = s.executeQuery()) {
        r.next();
        id = r.getLong(1);
      }
      return new Open(c, id);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** An open transaction of {@link #open}. */
  public record Open(Connection connection, long connectionId) {

    /**
     * How many statements ask to lock this row now ({@code SELECT … FOR UPDATE} naming its id, as
     * the database's administrator sees the process list): while this transaction is open, they
     * wait for it.
     */
    public int lockingReadsOf(String rowId) {
      try (Connection root =
              DriverManager.getConnection(
                  "jdbc:mariadb://127.0.0.1:" + Stack.config().dbPort() + "/", "root", "");
          PreparedStatement s =
              prepare(
                  root,
                  "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> ? AND COMMAND ="
                      + " 'Query' AND INFO LIKE '%FOR UPDATE%' AND INFO LIKE CONCAT('%', ?, '%')",
                  connectionId,
                  rowId);
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      } catch (SQLException e) {
        throw new AssertionError(e);
      }
    }

    public void commit() {
      try (connection) {
        connection.commit();
      } catch (SQLException e) {
        throw new AssertionError(e);
      }
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
