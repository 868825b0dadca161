package com.openplatform.core.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as established by the web tier from the request's host and its authenticated
 * token: the tenant always, the Keycloak subject and roles when signed in. EJBs read it from {@link
 * TenantContext}; nothing takes a tenant from a caller-chosen parameter.
 */
public record Caller(TenantId tenant, String subject, String username, Set<String> roles) {

  public Caller {
    Objects.requireNonNull(tenant, "tenant");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public static Caller anonymous(TenantId tenant) {
    return new Caller(tenant, null, null, Set.of());
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
