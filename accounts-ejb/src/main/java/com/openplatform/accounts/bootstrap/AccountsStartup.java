package com.openplatform.accounts.bootstrap;

import com.openplatform.accounts.api.TenantBootstrapped;
import com.openplatform.accounts.tenant.Tenant;
import com.openplatform.accounts.tenant.TenantProvisioning;
import com.openplatform.core.config.Settings;
import com.openplatform.core.problem.PeerFailures;
import com.openplatform.core.schema.SchemaMigrations;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
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
  @Inject Event<TenantBootstrapped> bootstrapped;
  @Resource TimerService timers;

  /** Tenants to bootstrap that failed (Keycloak down at start): retried until they succeed. */
  private final Set<TenantId> pending = new LinkedHashSet<>();

  private ZoneId zone;

  /**
   * Wait before bootstrapping pending tenants again ({@code op.bootstrap.retry-seconds}, default
   * 30; the default run and the tests start WildFly beside Keycloak and use 2).
   */
  static final Duration RETRY =
      Duration.ofSeconds(Long.parseLong(Settings.get("op.bootstrap.retry-seconds", "30")));

  @PostConstruct
  void start() {
    SchemaMigrations.migrate(dataSource, "core", SchemaMigrations.class.getClassLoader());
    SchemaMigrations.migrate(dataSource, "accounts", AccountsStartup.class.getClassLoader());
    for (Tenant tenant : provisioning.all()) {
      TenantDirectory.register(new TenantId(tenant.id()), tenant.zone());
    }
    String bootstrap = Settings.get("op.bootstrap.tenants", "");
    zone = ZoneId.of(Settings.get("op.bootstrap.time-zone", "Asia/Shanghai"));
    Arrays.stream(bootstrap.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(TenantId::new)
        .forEach(pending::add);
    retry();
  }

  /** Bootstraps what is pending; while something is, tries again in {@link #RETRY}. */
  @Timeout
  synchronized void retry() {
    pending.removeIf(this::bootstrap);
    TenantDirectory.bootstrapped(pending.isEmpty());
    if (!pending.isEmpty()) {
      LOG.warning(
          () -> "tenants not ready yet, trying again in " + RETRY.toSeconds() + " s: " + pending);
      timers.createSingleActionTimer(RETRY.toMillis(), new TimerConfig(null, false));
    }
  }

  /**
   * Provisions a tenant and seeds its demo data; both are idempotent, so a retry completes what an
   * earlier attempt left half-done. Start-up never fails because of a tenant's data or a peer that
   * is down: the problem is logged, the deployment goes on, and the tenant is tried again.
   *
   * @return whether the tenant is ready
   */
  private boolean bootstrap(TenantId id) {
    try {
      provisioning.provision(id, id.displayName(), zone);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "tenant " + id + " not provisioned: " + e.getMessage(), e);
      return false;
    }
    if (Settings.flag("op.demo-data")) {
      try {
        demo.seed(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "demo data of tenant " + id + " not seeded: " + e.getMessage(), e);
        return !PeerFailures.isPeerDown(e);
      }
    }
    try {
      bootstrapped.fire(new TenantBootstrapped(id));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "tenant " + id + " not ready in another module: " + e.getMessage(), e);
      return false;
    }
    LOG.info(() -> "tenant ready: " + id);
    return true;
  }
}
