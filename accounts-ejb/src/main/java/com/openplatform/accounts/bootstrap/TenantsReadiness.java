package com.openplatform.accounts.bootstrap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness check "tenants" ({@code :9990/health/ready}): up once every tenant named in {@code
 * op.bootstrap.tenants} is provisioned in Keycloak and seeded. The default run prints its banner
 * and the tests begin when it is up.
 */
@ApplicationScoped
public class TenantsReadiness {

  @EJB AccountsStartup startup;

  @Readiness
  @Produces
  HealthCheck tenantsCheck() {
    return () -> HealthCheckResponse.named("tenants").status(startup.tenantsReady()).build();
  }
}
