package com.openplatform.core.notice;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.Properties;

/**
 * The server's mail session with bounded connect, read and write times: a mail server that hangs
 * costs a sender at most this long per step, never a thread forever.
 */
public final class BoundedMail {

  private BoundedMail() {}

  public static Session session(Session configured, Duration timeout) {
    Properties properties = new Properties();
    properties.putAll(configured.getProperties());
    String millis = Long.toString(timeout.toMillis());
    for (String protocol : new String[] {"smtp", "smtps"}) {
      properties.put("mail." + protocol + ".connectiontimeout", millis);
      properties.put("mail." + protocol + ".timeout", millis);
      properties.put("mail." + protocol + ".writetimeout", millis);
    }
    return Session.getInstance(properties);
  }
}
