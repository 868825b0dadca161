package com.openplatform.devstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the stack keeps its data and which ports it uses. The default run uses offset 0 (WildFly on
 * 8080, MariaDB 3307, Keycloak 8180, SMTP 3025, IMAP 3143); the tests use offset 10000, so both can
 * run side by side.
 */
public record StackConfig(
    Path dataDir,
    int portOffset,
    Path keycloakZip,
    Path wildflyHome,
    Path ear,
    String demoPassword,
    List<String> tenants) {

  public static final String DEMO_PASSWORD = "demo-password";
  public static final String KEYCLOAK_ADMIN = "admin";
  public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

  /**
   * Prefix of the system properties that add to or replace the server's settings ({@code
   * op.stack.server.op.apps.client-sync-seconds=3600}): the test run's own settings.
   */
  public static final String SERVER_PROPERTY = "op.stack.server.";

  public static StackConfig fromSystemProperties(int portOffset) {
    return new StackConfig(
        Path.of(required("op.stack.data-dir")).toAbsolutePath().normalize(),
        portOffset,
        Path.of(required("op.stack.keycloak-zip")),
        Path.of(required("op.stack.wildfly-home")),
        Path.of(System.getProperty("op.stack.ear", "platform.ear")),
        DEMO_PASSWORD,
        List.of(System.getProperty("op.stack.tenants", "demo,acme").split(",")));
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("system property " + key + " is not set");
    }
    return value;
  }

  /**
   * Where MariaDB's binaries are unpacked: {@code op.stack.mariadb-binaries} (the tests share one
   * unpacking per build), else beside its data.
   */
  public Path mariadbBinaries() {
    String shared = System.getProperty("op.stack.mariadb-binaries");
    return shared != null
        ? Path.of(shared).toAbsolutePath().normalize()
        : dataDir.resolve("mariadb/base");
  }

  /**
   * The sign-in theme to install into the embedded Keycloak ({@code op.stack.keycloak-theme}), if
   * any.
   */
  public java.util.Optional<Path> keycloakTheme() {
    String theme = System.getProperty("op.stack.keycloak-theme");
    return theme == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(theme));
  }

  public int httpPort() {
    return 8080 + portOffset;
  }

  public int managementPort() {
    return 9990 + portOffset;
  }

  public int dbPort() {
    return 3307 + portOffset;
  }

  public int keycloakPort() {
    return 8180 + portOffset;
  }

  public int keycloakManagementPort() {
    return 9000 + portOffset;
  }

  /** The SMPP peer (an SMSC) the platform sends SMS to. */
  public int smppPort() {
    return 2775 + portOffset;
  }

  public int smtpPort() {
    return 3025 + portOffset;
  }

  /**
   * Where the platform finds the WeChat Pay API ({@code op.billing.wechat.api-url}): the tests'
   * WeChat Pay peer listens here; the default run has none (Native payment answers 503 there).
   */
  public int weChatPayPort() {
    return 3900 + portOffset;
  }

  public int imapPort() {
    return 3143 + portOffset;
  }

  /** External MariaDB chosen by the environment (OP_DB_URL), else the embedded one. */
  public String dbUrl() {
    String external = System.getenv("OP_DB_URL");
    return external != null ? external : "jdbc:mariadb://127.0.0.1:" + dbPort() + "/platform";
  }

  public boolean externalDatabase() {
    return System.getenv("OP_DB_URL") != null;
  }

  /** External Keycloak chosen by the environment (OP_KEYCLOAK_URL), else the embedded one. */
  public String keycloakUrl() {
    String external = System.getenv("OP_KEYCLOAK_URL");
    return external != null ? external : "http://localhost:" + keycloakPort();
  }

  public boolean externalKeycloak() {
    return System.getenv("OP_KEYCLOAK_URL") != null;
  }

  public String publicUrlPattern() {
    return "http://{tenant}.localhost:" + httpPort();
  }

  /** The system properties WildFly runs with (the platform's settings, see core's Settings). */
  public Map<String, String> serverProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("jboss.socket.binding.port-offset", Integer.toString(portOffset));
    if (!externalDatabase()) {
      p.put("op.db.url", dbUrl());
      p.put("op.db.user", EmbeddedDatabase.USER);
      p.put("op.db.password", EmbeddedDatabase.PASSWORD);
    }
    if (!externalKeycloak()) {
      p.put("op.keycloak.url", keycloakUrl());
      p.put("op.keycloak.admin-user", KEYCLOAK_ADMIN);
      p.put("op.keycloak.admin-password", KEYCLOAK_ADMIN_PASSWORD);
    }
    p.put("op.smtp.host", "127.0.0.1");
    p.put("op.smtp.port", Integer.toString(smtpPort()));
    p.put("op.sms.host", "127.0.0.1");
    p.put("op.sms.port", Integer.toString(smppPort()));
    p.put("op.sms.system-id", SmsPeer.SYSTEM_ID);
    p.put("op.sms.password", SmsPeer.PASSWORD);
    p.put("op.public-url", publicUrlPattern());
    p.put("op.bootstrap.tenants", String.join(",", tenants));
    p.put("op.demo-data", "true");
    // the sandbox payer (billing): demo and tests only, never in production
    p.put("op.billing.sandbox", "true");
    p.put("op.billing.wechat.api-url", "http://127.0.0.1:" + weChatPayPort());
    // expiry reminders (§2.4) look every few seconds, so a reminder shows up while you watch
    p.put("op.billing.reminder-interval-seconds", "5");
    // app clients in Keycloak compared with the database every few seconds (apps-ejb AppClientSync)
    p.put("op.apps.client-sync-seconds", "5");
    // WildFly starts beside Keycloak: tenants whose realm could not be made yet are tried again
    // soon
    p.put("op.bootstrap.retry-seconds", "2");
    p.put("op.demo-password", demoPassword);
    // what the caller adds or replaces: system properties op.stack.server.<name>=<value>
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(SERVER_PROPERTY)) {
                p.put(name.substring(SERVER_PROPERTY.length()), System.getProperty(name));
              }
            });
    return p;
  }

  public String serverArguments() {
    StringBuilder args = new StringBuilder();
    serverProperties().forEach((k, v) -> args.append(" -D").append(k).append('=').append(v));
    return args.toString().trim();
  }
}
