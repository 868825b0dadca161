package com.openplatform.core.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as established by the web tier from the request's host and its authenticated
 * token: the tenant always, the Keycloak subject and roles when signed in, and the client's network
 * address (for limits and records; behind a proxy, the forwarded one). EJBs read it from {@link
 * TenantContext}; nothing takes a tenant from a caller-chosen parameter.
 */
public record Caller(
    TenantId tenant, String subject, String username, Set<String> roles, String clientAddress) {

  public Caller {
    Objects.requireNonNull(tenant, "tenant");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public Caller(TenantId tenant, String subject, String username, Set<String> roles) {
    this(tenant, subject, username, roles, null);
  }

  public static Caller anonymous(TenantId tenant) {
    return new Caller(tenant, null, null, Set.of(), null);
  }

  /** The same caller, seen at this network address. */
  public Caller from(String address) {
    return new Caller(tenant, subject, username, roles, address);
  }

  public boolean authenticated() {
    return subject != null;
  }

  public Optional<String> subjectIfSignedIn() {
    return Optional.ofNullable(subject);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
