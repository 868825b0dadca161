package com.openplatform.billing.bootstrap;

import com.openplatform.accounts.api.TenantBootstrapped;
import com.openplatform.billing.reviewer.DemoReviewers;
import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * With {@code op.demo-data=true}, seeds a bootstrapped tenant's demo fee and demo reviewer
 * organisation (both idempotent) once the accounts module has made its realm ({@link
 * TenantBootstrapped}). A failure (Keycloak or the billing tables not there yet) leaves the tenant
 * pending in the accounts module, which bootstraps it again a few seconds later.
 */
@ApplicationScoped
public class DemoDataSeeding {

  @EJB DemoFees demoFees;
  @EJB DemoReviewers demoReviewers;

  void seed(@Observes TenantBootstrapped bootstrapped) {
    if (!Settings.flag("op.demo-data")) {
      return;
    }
    Caller demo = new Caller(bootstrapped.tenant(), "demo-data", "demo-data", Set.of());
    TenantContext.runAs(demo, demoFees::seed);
    TenantContext.runAs(demo, demoReviewers::seed);
  }
}
