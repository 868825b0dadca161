package com.openplatform.devstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's peers — MariaDB, Keycloak, an SMTP/IMAP server — and optionally WildFly with the
 * EAR. Used by the launcher ({@code mvn package -Pstart}) and by the integration tests, which let
 * Arquillian run WildFly. An external MariaDB or Keycloak (OP_DB_URL, OP_KEYCLOAK_URL) is used
 * instead of the embedded one.
 *
 * <p>Every child process is recorded the moment it starts ({@link ChildProcesses}), so {@link
 * #close()} — which may run from a shutdown hook while the stack is still starting — stops them
 * all.
 */
public final class DevStack implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DevStack.class.getName());

  private final StackConfig config;
  private final ChildProcesses children;
  private volatile MailPeer mail;
  private volatile SmsPeer sms;
  private volatile EmbeddedDatabase database;
  private volatile EmbeddedKeycloak keycloak;
  private volatile boolean closed;

  /** The peers the tests may freeze, stop and start again (fault injection on real peers). */
  public enum Peer {
    DATABASE,
    KEYCLOAK,
    MAIL,
    SMS
  }

  private DevStack(StackConfig config, ChildProcesses children) {
    this.config = config;
    this.children = children;
  }

  /**
   * A stack for this configuration, not started yet: leftovers of an earlier run of its data
   * directory are stopped, and its ports are checked to be free.
   */
  public static DevStack prepare(StackConfig config, boolean withWildFly) throws IOException {
    ChildProcesses children = ChildProcesses.open(config.dataDir());
    try {
      Ports.requireFree(ports(config, withWildFly));
    } catch (RuntimeException e) {
      children.close();
      throw e;
    }
    return new DevStack(config, children);
  }

  public static DevStack start(StackConfig config, boolean withWildFly) throws Exception {
    DevStack stack = prepare(config, withWildFly);
    try {
      stack.start(withWildFly);
      return stack;
    } catch (Exception e) {
      stack.close();
      throw e;
    }
  }

  /** Starts the peers (MariaDB and Keycloak side by side), then WildFly if asked. */
  public void start(boolean withWildFly) throws Exception {
    CompletableFuture<Void> db =
        config.externalDatabase()
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.runAsync(() -> unchecked(this::startDatabase));
    CompletableFuture<Void> kc =
        config.externalKeycloak()
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.runAsync(
                () -> unchecked(() -> keycloak = EmbeddedKeycloak.start(config, children)));
    mail = MailPeer.start(config);
    sms = SmsPeer.start(config);
    // WildFly needs the database for its schema at deployment, and Keycloak only for the tenants'
    // realms, which it provisions again every few seconds until Keycloak answers: so it starts as
    // soon as the database is up, beside Keycloak's start
    join(db);
    CompletableFuture<Void> server =
        withWildFly && !closed
            ? CompletableFuture.runAsync(
                () -> unchecked(() -> WildFlyProcess.start(config, children)))
            : CompletableFuture.completedFuture(null);
    join(CompletableFuture.allOf(kc, server));
    if (withWildFly && !closed) {
      awaitTenants();
    }
  }

  private static void join(CompletableFuture<?> future) throws Exception {
    try {
      future.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /**
   * Waits (at most {@link #TENANTS_TIMEOUT}) until the platform reports its bootstrap tenants ready
   * (readiness check "tenants"); past that the start goes on, and the banner names what is down.
   */
  private void awaitTenants() throws InterruptedException {
    long until = System.nanoTime() + TENANTS_TIMEOUT.toNanos();
    while (System.nanoTime() < until && !closed) {
      try {
        if (Boolean.TRUE.equals(Readiness.checks(Readiness.fetch(config)).get("tenants"))) {
          return;
        }
      } catch (java.io.IOException e) {
        // not answering yet
      }
      Thread.sleep(250);
    }
    LOG.warning("the tenants were not ready within " + TENANTS_TIMEOUT.toSeconds() + " s");
  }

  static final java.time.Duration TENANTS_TIMEOUT = java.time.Duration.ofMinutes(2);

  private EmbeddedDatabase startDatabase() throws Exception {
    database =
        EmbeddedDatabase.start(
            config.mariadbBinaries(),
            config.dataDir().resolve("mariadb"),
            config.dbPort(),
            config.dataDir().resolve("logs/mariadb.log"),
            children);
    return database;
  }

  /** Freezes a peer (SIGSTOP): it holds its connections and answers nothing, like a hung server. */
  public void freeze(Peer peer) {
    signal(peer, "-STOP");
  }

  /** Lets a frozen peer go on (SIGCONT). */
  public void thaw(Peer peer) {
    signal(peer, "-CONT");
  }

  /** Stops a peer the way a crash or an operator would; {@link #restart} brings it back. */
  public void stop(Peer peer) {
    switch (peer) {
      case DATABASE -> database.close();
      case KEYCLOAK -> keycloak.close();
      case MAIL -> mail.close();
      case SMS -> sms.close();
    }
  }

  /** Starts a stopped peer again on its ports, with its data. */
  public void restart(Peer peer) throws Exception {
    switch (peer) {
      case DATABASE -> startDatabase();
      case KEYCLOAK -> keycloak = EmbeddedKeycloak.start(config, children);
      case MAIL -> mail = MailPeer.start(config);
      case SMS -> sms = SmsPeer.start(config);
    }
  }

  private void signal(Peer peer, String signal) {
    ProcessHandle process =
        switch (peer) {
          case DATABASE -> database.process();
          case KEYCLOAK -> keycloak.process();
          case MAIL, SMS ->
              throw new UnsupportedOperationException("the mail and SMS peers run in this JVM");
        };
    java.util.List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(0, process);
    for (ProcessHandle p : all) {
      try {
        new ProcessBuilder("kill", signal, Long.toString(p.pid())).inheritIO().start().waitFor();
      } catch (IOException e) {
        throw new IllegalStateException("kill " + signal + " " + p.pid(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The ports this stack will listen on, with what listens there. */
  static Map<Integer, String> ports(StackConfig c, boolean withWildFly) {
    Map<Integer, String> ports = new LinkedHashMap<>();
    if (withWildFly || c.portOffset() != 0) {
      int o = c.portOffset();
      ports.put(c.httpPort(), "WildFly HTTP");
      ports.put(8443 + o, "WildFly HTTPS");
      ports.put(c.managementPort(), "WildFly management");
      ports.put(9993 + o, "WildFly management HTTPS");
      ports.put(8009 + o, "WildFly AJP");
      ports.put(4712 + o, "WildFly transaction recovery");
      ports.put(4713 + o, "WildFly transaction status");
    }
    if (!c.externalDatabase()) {
      ports.put(c.dbPort(), "MariaDB");
    }
    if (!c.externalKeycloak()) {
      ports.put(c.keycloakPort(), "Keycloak");
      ports.put(c.keycloakManagementPort(), "Keycloak management");
    }
    ports.put(c.smtpPort(), "SMTP (GreenMail)");
    ports.put(c.imapPort(), "IMAP (GreenMail)");
    ports.put(c.smppPort(), "SMPP (the SMS peer)");
    return ports;
  }

  public StackConfig config() {
    return config;
  }

  public MailPeer mail() {
    return mail;
  }

  public SmsPeer sms() {
    return sms;
  }

  /** Stops everything started so far: WildFly first, then the peers side by side. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<CompletableFuture<Void>> stopping = new ArrayList<>();
    stopping.add(CompletableFuture.runAsync(children::close));
    MailPeer m = mail;
    if (m != null) {
      stopping.add(CompletableFuture.runAsync(m::close));
    }
    SmsPeer s = sms;
    if (s != null) {
      stopping.add(CompletableFuture.runAsync(s::close));
    }
    for (CompletableFuture<Void> f : stopping) {
      try {
        f.join();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "stopping the stack", e);
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
