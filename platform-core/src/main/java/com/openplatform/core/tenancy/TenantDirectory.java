package com.openplatform.core.tenancy;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants this deployment serves and their time zones, known to the web tier before any request
 * reaches an EJB (the sign-in configuration of an unknown tenant denies everything; pages show
 * times in the tenant's zone). Filled by the accounts module when it starts and whenever a tenant
 * is provisioned.
 */
public final class TenantDirectory {

  private static final Map<String, ZoneId> KNOWN = new ConcurrentHashMap<>();

  private TenantDirectory() {}

  private static volatile boolean bootstrapped;

  /**
   * Records whether every tenant the server was told to bootstrap ({@code op.bootstrap.tenants}) is
   * provisioned and seeded: the readiness check "tenants" (core's {@code PeerChecks}).
   */
  public static void bootstrapped(boolean ready) {
    bootstrapped = ready;
  }

  public static boolean bootstrapped() {
    return bootstrapped;
  }

  public static void register(TenantId tenant, ZoneId zone) {
    KNOWN.put(tenant.value(), zone);
  }

  public static boolean isKnown(TenantId tenant) {
    return KNOWN.containsKey(tenant.value());
  }

  /** Every tenant this deployment serves. */
  public static java.util.List<TenantId> all() {
    return KNOWN.keySet().stream().sorted().map(TenantId::new).toList();
  }

  /** The tenant's time zone; UTC for a tenant this deployment does not serve. */
  public static ZoneId zoneOf(TenantId tenant) {
    return KNOWN.getOrDefault(tenant.value(), ZoneId.of("UTC"));
  }
}
