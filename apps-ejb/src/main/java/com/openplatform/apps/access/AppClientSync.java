package com.openplatform.apps.access;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantRounds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * §2.8.2 on Keycloak's side: the realm's token endpoint decides by what each app's client carries
 * (enabled only while approved, the platform's authenticator, the IP allow-list). Every change
 * writes it at once; this round, every {@code op.apps.client-sync-seconds} (default 600) and soon
 * after a start, repairs what a failure left behind (Keycloak down when a commit failed, a
 * compensation that could not run, a client edited by hand in Keycloak's console, clients made
 * before the platform's authenticator existed). Runs on the EJB timer's thread.
 */
@Singleton
@Startup
@DependsOn("AppsStartup")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AppClientSync {

  private static final Logger LOG = Logger.getLogger(AppClientSync.class.getName());

  @Resource TimerService timers;
  @EJB AppClientRepair repair;

  @PostConstruct
  void start() {
    long seconds = Long.parseLong(Settings.get("op.apps.client-sync-seconds", "600"));
    timers.createIntervalTimer(
        Math.min(seconds, 30) * 1000, seconds * 1000, new TimerConfig(null, false));
  }

  /** One round now (the timer's; the test run's probe module also asks for one on demand). */
  @Timeout
  public void round() {
    TenantRounds.run(
        "app-client-sync",
        "app clients",
        () -> {
          int repaired = repair.repair();
          if (repaired > 0) {
            LOG.info(repaired + " app clients of " + TenantContext.tenant() + " repaired");
          }
        });
  }
}
