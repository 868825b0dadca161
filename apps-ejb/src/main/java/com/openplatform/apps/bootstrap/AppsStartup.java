package com.openplatform.apps.bootstrap;

import com.openplatform.core.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/** Brings the apps module up: migrates its tables (after the accounts module's). */
@Singleton
@Startup
@DependsOn("AccountsStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class AppsStartup {

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  @PostConstruct
  void start() {
    SchemaMigrations.migrate(dataSource, "apps", AppsStartup.class.getClassLoader());
  }
}
