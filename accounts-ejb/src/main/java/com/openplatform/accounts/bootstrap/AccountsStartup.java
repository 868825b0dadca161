package com.openplatform.accounts.bootstrap;

import com.openplatform.accounts.tenant.Tenant;
import com.openplatform.accounts.tenant.TenantProvisioning;
import com.openplatform.core.config.Settings;
import com.openplatform.core.schema.SchemaMigrations;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the accounts module up: migrates its tables, makes the known tenants servable, provisions
 * the tenants named in {@code op.bootstrap.tenants} and, with {@code op.demo-data=true}, their demo
 * sign-ins.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountsStartup {

  private static final Logger LOG = Logger.getLogger(AccountsStartup.class.getName());

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource dataSource;

  @EJB TenantProvisioning provisioning;
  @EJB DemoSignIns demo;

  @PostConstruct
  void start() {
    SchemaMigrations.migrate(dataSource, "core", SchemaMigrations.class.getClassLoader());
    SchemaMigrations.migrate(dataSource, "accounts", AccountsStartup.class.getClassLoader());
    for (Tenant tenant : provisioning.all()) {
      TenantDirectory.register(new TenantId(tenant.id()), tenant.zone());
    }
    String bootstrap = Settings.get("op.bootstrap.tenants", "");
    ZoneId zone = ZoneId.of(Settings.get("op.bootstrap.time-zone", "Asia/Shanghai"));
    Arrays.stream(bootstrap.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(TenantId::new)
        .forEach(id -> bootstrap(id, zone));
  }

  /**
   * Provisions a tenant and seeds its demo data. Start-up never fails because of a tenant's data or
   * a peer that is down: the problem is logged and the deployment goes on.
   */
  private void bootstrap(TenantId id, ZoneId zone) {
    try {
      provisioning.provision(id, displayName(id), zone);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "tenant " + id + " not provisioned: " + e.getMessage(), e);
      return;
    }
    if (Settings.flag("op.demo-data")) {
      try {
        demo.seed(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "demo data of tenant " + id + " not seeded: " + e.getMessage(), e);
      }
    }
    LOG.info(() -> "tenant ready: " + id);
  }

  private static String displayName(TenantId id) {
    String name = id.value();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Open Platform";
  }
}
