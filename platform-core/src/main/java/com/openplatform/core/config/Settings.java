package com.openplatform.core.config;

import java.util.Optional;

/**
 * Deployment settings. A setting {@code op.db.url} is read from the system property {@code
 * op.db.url}, else from the environment variable {@code OP_DB_URL}, else the given default — so one
 * configured server serves the embedded default run, the tests and production.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> find(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(envName(key));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public static String get(String key, String defaultValue) {
    return find(key).orElse(defaultValue);
  }

  public static boolean flag(String key) {
    return find(key).map(Boolean::parseBoolean).orElse(false);
  }

  /** {@code op.keycloak.admin-user} becomes {@code OP_KEYCLOAK_ADMIN_USER}. */
  public static String envName(String key) {
    return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
