package com.openplatform.core.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * How a module asks for a notice (§6.1): the request goes on the JMS queue {@link #QUEUE} inside
 * the caller's own JTA transaction (the server's XA connection factory), so it leaves exactly when
 * the change that caused it commits — never for a rolled-back change, never lost for a committed
 * one (the broker keeps it on disk). The notices module takes it from there. The tenant travels as
 * a message property taken from the authenticated caller, never from the request.
 */
@ApplicationScoped
public class NoticeRequests {

  public static final String QUEUE = "java:/jms/queue/NoticeDispatch";
  public static final String TENANT = "tenant";
  public static final String REQUESTED_BY = "requestedBy";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject JMSContext jms;

  @Resource(lookup = QUEUE)
  Queue queue;

  /** Asks for the notice, in the current transaction. */
  public void send(NoticeRequest request) {
    Caller caller = TenantContext.caller();
    jms.createProducer()
        .setProperty(TENANT, caller.tenant().value())
        .setProperty(REQUESTED_BY, caller.username() == null ? "platform" : caller.username())
        .send(queue, toJson(request));
  }

  public static String toJson(NoticeRequest request) {
    try {
      return JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("notice request not writable: " + request, e);
    }
  }

  /** The request of a message; an unreadable one is refused (the listener drops it, logged). */
  public static NoticeRequest fromJson(String json) {
    try {
      return JSON.readValue(json, NoticeRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a notice request", e);
    }
  }
}
