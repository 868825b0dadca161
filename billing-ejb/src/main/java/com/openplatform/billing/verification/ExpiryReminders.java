package com.openplatform.billing.verification;

import com.openplatform.billing.Now;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * §2.4: every {@code op.billing.reminder-interval-seconds} (default 3600) looks through each
 * tenant's approved verifications for those entering the renewal window and has {@link
 * ExpiryReminder} mail their developers. Runs on the EJB timer's thread, never a request's; a
 * tenant whose round fails (mail server down) is tried again in the next round.
 */
@Singleton
@Startup
@DependsOn("BillingStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryReminders {

  private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

  @Resource TimerService timers;
  @EJB ExpiryReminder reminder;

  @PostConstruct
  void start() {
    long seconds = VerificationPolicy.number("op.billing.reminder-interval-seconds", 3600);
    timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(null, false));
  }

  @Timeout
  void round() {
    for (TenantId tenant : TenantDirectory.all()) {
      Caller system = new Caller(tenant, "expiry-reminders", "expiry-reminders", Set.of());
      TenantContext.runAs(system, this::remindDue);
    }
  }

  private void remindDue() {
    Instant now = Now.instant();
    try {
      List<String> due = reminder.due(now);
      for (String id : due) {
        reminder.remind(id, now);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "verification expiry reminders of "
              + TenantContext.tenant()
              + " wait for the next round: "
              + e.getMessage());
    }
  }
}
