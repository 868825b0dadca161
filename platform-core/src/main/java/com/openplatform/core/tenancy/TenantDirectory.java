package com.openplatform.core.tenancy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants this deployment serves, known to the web tier before any request reaches an EJB (the
 * sign-in configuration of an unknown tenant denies everything). Filled by the accounts module when it
 * starts and whenever a tenant is provisioned.
 */
public final class TenantDirectory {

  private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

  private TenantDirectory() {}

  public static void register(TenantId tenant) {
    KNOWN.add(tenant.value());
  }

  public static boolean isKnown(TenantId tenant) {
    return KNOWN.contains(tenant.value());
  }
}
