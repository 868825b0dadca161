package com.openplatform.billing.bootstrap;

import com.openplatform.billing.reviewer.DemoReviewers;
import com.openplatform.core.config.Settings;
import com.openplatform.core.schema.SchemaMigrations;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the billing module up: migrates its tables (after the accounts module's) and, with {@code
 * op.demo-data=true}, seeds each bootstrapped tenant's demo fee and demo reviewer organisation.
 * Seeding never fails the deployment.
 */
@Singleton
@Startup
@DependsOn("AccountsStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class BillingStartup {

  private static final Logger LOG = Logger.getLogger(BillingStartup.class.getName());

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  @EJB DemoFees demoFees;
  @EJB DemoReviewers demoReviewers;

  @PostConstruct
  void start() {
    SchemaMigrations.migrate(dataSource, "billing", BillingStartup.class.getClassLoader());
    if (!Settings.flag("op.demo-data")) {
      return;
    }
    for (String name : Settings.get("op.bootstrap.tenants", "").split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        TenantId tenant = new TenantId(name.strip());
        Caller demo = new Caller(tenant, "demo-data", "demo-data", Set.of());
        TenantContext.runAs(demo, demoFees::seed);
        TenantContext.runAs(demo, demoReviewers::seed);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "demo fees of tenant " + name + " not seeded: " + e.getMessage(), e);
      }
    }
  }
}
