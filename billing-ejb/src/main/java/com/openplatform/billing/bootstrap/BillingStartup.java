package com.openplatform.billing.bootstrap;

import com.openplatform.core.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Brings the billing module up: migrates its tables (after the accounts module's); the demo data of
 * each bootstrapped tenant is {@link DemoDataSeeding}'s.
 */
@Singleton
@Startup
@DependsOn("AccountsStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class BillingStartup {

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  @PostConstruct
  void start() {
    SchemaMigrations.migrate(dataSource, "billing", BillingStartup.class.getClassLoader());
  }
}
