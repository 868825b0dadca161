package com.openplatform.billing.verification;

import com.openplatform.billing.Now;
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
import java.time.Instant;

/**
 * §2.4: every {@code op.billing.reminder-interval-seconds} (default 3600) looks through each
 * tenant's approved verifications for those entering the renewal window and has {@link
 * ExpiryReminder} mail their developers. Runs on the EJB timer's thread, never a request's; a
 * tenant whose round fails (mail server down) is tried again in the next round.
 */
@Singleton
@Startup
@DependsOn("BillingStartup")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryReminders {

  @Resource TimerService timers;
  @EJB ExpiryReminder reminder;

  @PostConstruct
  void start() {
    long seconds = VerificationPolicy.number("op.billing.reminder-interval-seconds", 3600);
    timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(null, false));
  }

  /** One round now (the timer's; the test run's probe module also asks for one on demand). */
  @Timeout
  public void round() {
    TenantRounds.run("expiry-reminders", "verification expiry reminders", this::remindDue);
  }

  private void remindDue() {
    Instant now = Now.instant();
    for (String id : reminder.due(now)) {
      reminder.remind(id, now);
    }
  }
}
