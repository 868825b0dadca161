package com.openplatform.devstack;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn package -Pstart}: starts MariaDB, Keycloak, the mail server and WildFly with the EAR,
 * prints where to click and who can sign in, and stops everything on Ctrl-C. Data stays in {@code
 * .platform/} for the next start.
 */
public final class PlatformLauncher {

  private PlatformLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    StackConfig config = StackConfig.fromSystemProperties(0);
    System.out.println("Starting Open Platform (data in " + config.dataDir() + ") …");
    DevStack stack;
    try {
      stack = DevStack.prepare(config, true);
    } catch (IllegalStateException e) {
      System.err.println("\n" + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // before anything starts: a stop while starting must stop what already runs
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping Open Platform …");
                  stack.close();
                  System.out.println("Stopped.");
                  stopped.countDown();
                },
                "platform-shutdown"));
    try {
      stack.start(true);
    } catch (Exception e) {
      System.err.println("\nOpen Platform did not start: " + e.getMessage());
      System.exit(1);
    }
    System.out.println(banner(config, (System.nanoTime() - started) / 1_000_000_000.0));
    System.out.println(peers(config));
    stopped.await();
  }

  /** The platform's view of its peers, from its readiness checks: a line each, DOWN first. */
  static String peers(StackConfig c) {
    try {
      return peerLines(Readiness.fetch(c));
    } catch (java.io.IOException | InterruptedException e) {
      return "Peers: readiness unknown (" + Readiness.url(c) + ": " + e.getMessage() + ")";
    }
  }

  /** "Peers: database UP, keycloak UP, mail UP", or the peers that are DOWN, loudly. */
  static String peerLines(String health) {
    java.util.Map<String, Boolean> checks = Readiness.checks(health);
    if (checks.isEmpty()) {
      return "Peers: readiness unknown: " + health;
    }
    StringBuilder b = new StringBuilder("Peers: ");
    checks.forEach((p, up) -> b.append(up ? p + " UP  " : ""));
    checks.forEach(
        (p, up) -> {
          if (!up) {
            b.append("\n  WARNING: ")
                .append(p)
                .append(" is DOWN — see its log in the logs folder above");
          }
        });
    return b.toString().stripTrailing();
  }

  static String banner(StackConfig c, double seconds) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%n==== Open Platform is running (started in %.0f s) ====%n", seconds));
    for (String tenant : c.tenants()) {
      String base = c.publicUrlPattern().replace("{tenant}", tenant);
      b.append(String.format("%nTenant %s%n", tenant));
      b.append(String.format("  Developer portal  %s/portal/%n", base));
      b.append(String.format("  Staff console     %s/admin/%n", base));
      b.append(String.format("  Notices           %s/notices/%n", base));
      b.append(
          String.format(
              "  REST API          %s/portal/api/  (tokens: %s/realms/%s, client platform-api)%n",
              base, c.keycloakUrl(), tenant));
      b.append("  Sign-ins (password ").append(c.demoPassword()).append("):\n");
      for (String role :
          List.of(
              "developer",
              "reviewer",
              "org-reviewer",
              "trust-safety",
              "finance",
              "tenant-admin",
              "runtime")) {
        b.append(String.format("    %-13s %s@%s.example%n", role, role, tenant));
      }
    }
    b.append(
        String.format(
            "%nBrowsers find *.localhost by themselves. For curl and SDKs, add this line to /etc/hosts:%n"
                + "  127.0.0.1 %s%n",
            String.join(" ", c.tenants().stream().map(t -> t + ".localhost").toList())));
    b.append(
        String.format(
            "%nKeycloak admin    %s/admin/  (%s / %s)%n",
            c.keycloakUrl(), StackConfig.KEYCLOAK_ADMIN, StackConfig.KEYCLOAK_ADMIN_PASSWORD));
    b.append(
        String.format(
            "Mail (all mail sent by the platform)  IMAP 127.0.0.1:%d, user = the recipient's address, any password%n",
            c.imapPort()));
    b.append(
        String.format(
            "SMS (all SMS sent by the platform)    SMPP 127.0.0.1:%d; read them in %s%n",
            c.smppPort(), c.dataDir().resolve("logs/sms.log")));
    b.append(String.format("MariaDB           %s (platform / platform)%n", c.dbUrl()));
    b.append(String.format("Logs              %s%n", c.dataDir().resolve("logs")));
    b.append("\nPress Ctrl-C to stop.\n");
    return b.toString();
  }
}
