package com.openplatform.notices.delivery;

import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * One tenant's part of a notices round: fan out every notice whose time has come, then send every
 * delivery that is due, over one SMTP connection. Safe to run twice at once (the round's timer and
 * the kick after a new notice): fan-out batches and sends each lock their row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeWork {

  private static final Logger LOG = Logger.getLogger(NoticeWork.class.getName());
  private static final int SEND_BATCH = 200;

  /** A bound on one round's sends, so one tenant cannot hold a round forever. */
  private static final int MAX_SENDS = 100_000;

  @EJB FanOut fanOut;
  @EJB Dispatcher dispatcher;
  @EJB NoticeQueries queries;
  @Inject MailChannel mail;
  @Inject SmsChannel sms;

  /** Runs the caller's tenant's part of the round. */
  public void run() {
    for (String id : queries.dueForFanOut()) {
      while (fanOut.batch(id)) {
        // next batch
      }
    }
    int sent = 0;
    int tried = 0;
    try (MailChannel.Outbox outbox = mail.open();
        SmsChannel.Smsbox smsbox = sms.open()) {
      List<String> due = dispatcher.due(SEND_BATCH);
      while (!due.isEmpty() && tried < MAX_SENDS) {
        for (String id : due) {
          tried++;
          if (dispatcher.attempt(id, outbox, smsbox)) {
            sent++;
          }
        }
        due = dispatcher.due(SEND_BATCH);
      }
    }
    if (tried > 0) {
      LOG.fine(sent + " of " + tried + " notice deliveries of " + TenantContext.tenant() + " sent");
    }
  }
}
