package com.openplatform.web.security;

import java.util.Optional;

/**
 * Whether the current request found its tenant's identity provider unreachable: Keycloak's
 * discovery document could not be loaded (Keycloak down or hung) when the request needed it, and
 * Elytron fails such a request. The error dispatch answers it as 503 (try again shortly), not as
 * the platform's own failure. Request-thread state, set by {@link TenantOidcResolver}, cleared by
 * the caller filter and the error dispatch.
 */
public final class Discovery {

  private static final ThreadLocal<String> UNREACHABLE = new ThreadLocal<>();

  private Discovery() {}

  static void unreachable(String tenant) {
    UNREACHABLE.set(tenant);
  }

  static void reached() {
    UNREACHABLE.remove();
  }

  /** The tenant whose identity provider this request could not reach, once; then forgotten. */
  public static Optional<String> takeUnreachable() {
    String tenant = UNREACHABLE.get();
    UNREACHABLE.remove();
    return Optional.ofNullable(tenant);
  }
}
