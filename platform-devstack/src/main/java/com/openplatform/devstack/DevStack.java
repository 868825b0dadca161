package com.openplatform.devstack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's peers — MariaDB, Keycloak, an SMTP/IMAP server — and optionally WildFly with the
 * EAR. Used by the launcher ({@code mvn package -Pstart}) and by the integration tests, which let
 * Arquillian run WildFly. An external MariaDB or Keycloak (OP_DB_URL, OP_KEYCLOAK_URL) is used
 * instead of the embedded one.
 */
public final class DevStack implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DevStack.class.getName());

  private final StackConfig config;
  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private MailPeer mail;

  private DevStack(StackConfig config) {
    this.config = config;
  }

  public static DevStack start(StackConfig config, boolean withWildFly) throws Exception {
    DevStack stack = new DevStack(config);
    try {
      stack.startPeers();
      if (withWildFly) {
        stack.running.push(WildFlyProcess.start(config));
      }
      return stack;
    } catch (Exception e) {
      stack.close();
      throw e;
    }
  }

  private void startPeers() throws Exception {
    CompletableFuture<EmbeddedDatabase> db =
        config.externalDatabase()
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.supplyAsync(
                () ->
                    unchecked(
                        () ->
                            EmbeddedDatabase.start(
                                config.dataDir().resolve("mariadb"), config.dbPort())));
    CompletableFuture<EmbeddedKeycloak> keycloak =
        config.externalKeycloak()
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.supplyAsync(() -> unchecked(() -> EmbeddedKeycloak.start(config)));
    mail = MailPeer.start(config);
    running.push(mail);
    try {
      if (db.join() != null) {
        running.push(db.join());
      }
    } finally {
      EmbeddedKeycloak kc = keycloak.exceptionally(t -> null).join();
      if (kc != null) {
        running.push(kc);
      }
    }
    keycloak.join();
  }

  public StackConfig config() {
    return config;
  }

  public MailPeer mail() {
    return mail;
  }

  @Override
  public void close() {
    while (!running.isEmpty()) {
      AutoCloseable part = running.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "stopping " + part.getClass().getSimpleName(), e);
      }
    }
  }

  private interface Step<T> {
    T run() throws Exception;
  }

  private static <T> T unchecked(Step<T> step) {
    try {
      return step.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
