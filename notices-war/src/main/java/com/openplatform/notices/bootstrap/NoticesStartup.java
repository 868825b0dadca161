package com.openplatform.notices.bootstrap;

import com.openplatform.core.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/** Brings the notices module up: migrates its tables ({@code db/migration/notices}). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class NoticesStartup {

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  @PostConstruct
  void start() {
    SchemaMigrations.migrate(dataSource, "notices", NoticesStartup.class.getClassLoader());
  }
}
