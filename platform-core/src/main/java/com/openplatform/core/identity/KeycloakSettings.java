package com.openplatform.core.identity;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.TenantId;

/** Where Keycloak is and how the platform signs in to its admin API. */
public record KeycloakSettings(String url, String adminUser, String adminPassword) {

  public static KeycloakSettings fromSettings() {
    return new KeycloakSettings(
        trimSlash(Settings.get("op.keycloak.url", "http://localhost:8180")),
        Settings.get("op.keycloak.admin-user", "admin"),
        Settings.get("op.keycloak.admin-password", "admin"));
  }

  /** The issuer of a tenant's tokens, e.g. {@code http://localhost:8180/realms/demo}. */
  public String issuer(TenantId tenant) {
    return url + "/realms/" + tenant.value();
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
