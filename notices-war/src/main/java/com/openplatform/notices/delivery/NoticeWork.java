package com.openplatform.notices.delivery;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * One tenant's part of a notices round: fan out every notice whose time has come, then send every
 * delivery that is due with {@code op.notices.senders} (default 4) senders side by side, each with
 * its own SMTP connection and SMPP session. Safe to run twice at once (the round's timer and the
 * kick after a new notice): fan-out batches lock their notice, each send its delivery, and a sender
 * skips what another holds.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeWork {

  private static final Logger LOG = Logger.getLogger(NoticeWork.class.getName());
  static final int SENDERS = Integer.parseInt(Settings.get("op.notices.senders", "4"));

  /** A bound on one round's sends, so one tenant cannot hold a round forever. */
  private static final int MAX_SENDS = 100_000;

  @EJB FanOut fanOut;
  @EJB Dispatcher dispatcher;
  @EJB NoticeQueries queries;
  @Inject MailChannel mail;
  @Inject SmsChannel sms;

  @Resource ManagedExecutorService executor;

  /** Runs the caller's tenant's part of the round. */
  public void run() {
    for (String id : queries.dueForFanOut()) {
      while (fanOut.batch(id)) {
        // next batch
      }
    }
    Dispatcher.Round round = dispatcher.round();
    Caller caller = TenantContext.caller();
    AtomicInteger tried = new AtomicInteger();
    List<Future<?>> senders = new ArrayList<>();
    for (int i = 1; i < SENDERS; i++) {
      senders.add(executor.submit(() -> TenantContext.runAs(caller, () -> send(round, tried))));
    }
    send(round, tried);
    for (Future<?> sender : senders) {
      try {
        sender.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        LOG.warning("a notices sender stopped: " + e.getCause());
      }
    }
    if (tried.get() > 0) {
      LOG.fine(tried + " notice deliveries of " + TenantContext.tenant() + " tried");
    }
  }

  /** One sender: the next due delivery until none is left. */
  private void send(Dispatcher.Round round, AtomicInteger tried) {
    try (MailChannel.Outbox outbox = mail.open();
        SmsChannel.Smsbox smsbox = sms.open()) {
      while (tried.get() < MAX_SENDS) {
        int batch = dispatcher.sendNext(round, outbox, smsbox);
        if (batch == 0) {
          return;
        }
        tried.addAndGet(batch);
      }
    }
  }
}
