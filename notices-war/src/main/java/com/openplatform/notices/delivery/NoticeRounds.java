package com.openplatform.notices.delivery;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import com.openplatform.core.tenancy.TenantRounds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notices go out in the background, never on a request's thread (§6.1): a new notice kicks its
 * tenant's round at once, after the notice's transaction commits; a timer every {@code
 * op.notices.sweep-seconds} (default 10) runs every tenant's round, which resumes what a crash or a
 * peer's outage left (fan-outs half done, deliveries due again after their back-off).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeRounds {

  private static final Logger LOG = Logger.getLogger(NoticeRounds.class.getName());
  static final String CALLER = "notices";

  @Resource TimerService timers;
  @EJB NoticeWork work;

  @PostConstruct
  void start() {
    long seconds = Long.parseLong(Settings.get("op.notices.sweep-seconds", "10"));
    timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(null, false));
  }

  /** Per tenant: whether a round was asked for, and who runs it. */
  private record Gate(
      java.util.concurrent.atomic.AtomicBoolean asked,
      java.util.concurrent.locks.ReentrantLock lock) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Gate> gates =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Every tenant's round now (the timer's; the test run's probe module asks for one too). */
  @Timeout
  public void round() {
    TenantRounds.run(CALLER, "notices", () -> once(TenantContext.tenant().value()));
  }

  /**
   * The caller's tenant's round, one at a time per tenant: a round asked for while one runs is
   * folded into it (the running one goes round once more), so a burst of new notices makes one or
   * two rounds, not one each with its own senders.
   */
  private void once(String tenant) {
    Gate gate =
        gates.computeIfAbsent(
            tenant,
            t ->
                new Gate(
                    new java.util.concurrent.atomic.AtomicBoolean(),
                    new java.util.concurrent.locks.ReentrantLock()));
    gate.asked().set(true);
    while (gate.asked().get() && gate.lock().tryLock()) {
      try {
        if (gate.asked().getAndSet(false)) {
          work.run();
        }
      } finally {
        gate.lock().unlock();
      }
    }
  }

  /** One tenant's round, on another thread: what a new notice asks for. */
  @Asynchronous
  public void kick(String tenant) {
    try {
      TenantContext.runAs(
          new Caller(new TenantId(tenant), CALLER, CALLER, Set.of()), () -> once(tenant));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "notices of " + tenant + " wait for the next round", e);
    }
  }
}
