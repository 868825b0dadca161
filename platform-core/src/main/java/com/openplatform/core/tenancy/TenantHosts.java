package com.openplatform.core.tenancy;

import com.openplatform.core.config.Settings;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps tenants to the addresses their developers and staff use, after the pattern in the setting
 * {@code op.public-url} (default {@code http://{tenant}.localhost:8080}): the request's host name
 * decides the tenant of a page before sign-in, and the realm that must have signed its token.
 */
public final class TenantHosts {

  public static final String SETTING = "op.public-url";
  public static final String DEFAULT_PATTERN = "http://{tenant}.localhost:8080";

  private final String pattern;
  private final String hostSuffix;

  public TenantHosts(String pattern) {
    if (!pattern.contains("{tenant}")) {
      throw new IllegalArgumentException(SETTING + " must contain {tenant}: " + pattern);
    }
    this.pattern = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
    String host = URI.create(this.pattern.replace("{tenant}", "x")).getHost();
    this.hostSuffix = host.substring(1).toLowerCase(Locale.ROOT);
  }

  public static TenantHosts fromSettings() {
    return new TenantHosts(Settings.get(SETTING, DEFAULT_PATTERN));
  }

  /** The tenant named by a request's host name ({@code demo.localhost} → {@code demo}). */
  public Optional<TenantId> tenantOf(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    if (!name.endsWith(hostSuffix)) {
      return Optional.empty();
    }
    String label = name.substring(0, name.length() - hostSuffix.length());
    return TenantId.isWellFormed(label) ? Optional.of(new TenantId(label)) : Optional.empty();
  }

  /** The address pattern, {@code {tenant}} standing for the tenant's name. */
  public String pattern() {
    return pattern;
  }

  /** The base URL of a tenant's site, e.g. {@code http://demo.localhost:8080}. */
  public String baseUrl(TenantId tenant) {
    return pattern.replace("{tenant}", tenant.value());
  }
}
