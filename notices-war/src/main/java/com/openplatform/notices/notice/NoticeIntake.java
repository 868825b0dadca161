package com.openplatform.notices.notice;

import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.notice.NoticeRequests;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantId;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Takes the notices other modules ask for off the queue (the contract in {@code core.notice}) and
 * makes each one a notice, in the message's transaction: a message is consumed exactly when its
 * notice is written; a failure rolls both back and the broker delivers it again (with back-off,
 * then its dead-letter queue). The tenant is the message's property, which only server code sets.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = NoticeRequests.QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
public class NoticeIntake implements MessageListener {

  private static final Logger LOG = Logger.getLogger(NoticeIntake.class.getName());

  @EJB NoticeRecords records;

  @Override
  public void onMessage(Message message) {
    String tenant;
    String body;
    String by;
    try {
      tenant = message.getStringProperty(NoticeRequests.TENANT);
      by = message.getStringProperty(NoticeRequests.REQUESTED_BY);
      body = message instanceof TextMessage text ? text.getText() : null;
    } catch (JMSException e) {
      throw new IllegalStateException("notice request unreadable", e);
    }
    NoticeRequest request;
    TenantId id;
    try {
      id = new TenantId(tenant);
      request = NoticeRequests.fromJson(body);
    } catch (RuntimeException e) {
      LOG.severe("a notice request that is not one was dropped: " + e.getMessage());
      return;
    }
    if (!TenantDirectory.isKnown(id)) {
      // at start-up, before the tenants are registered: the broker delivers it again later (and
      // after its attempts, to its dead-letter queue)
      throw new IllegalStateException("notice request for a tenant not known (yet): " + tenant);
    }
    TenantContext.runAs(
        new Caller(id, "notices", by == null ? "platform" : by, Set.of()),
        () -> records.accept(request, by == null ? "platform" : by));
  }
}
