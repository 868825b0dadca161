package com.openplatform.it.support;

import com.openplatform.devstack.MailPeer;
import com.openplatform.devstack.StackConfig;

/** What the client-side tests know of the running stack. */
public final class Stack {

  private Stack() {}

  public static StackConfig config() {
    return StackSession.stack().config();
  }

  /** The SMS peer: every SMS the platform sent. */
  public static com.openplatform.devstack.SmsPeer sms() {
    return StackSession.stack().sms();
  }

  public static MailPeer mail() {
    return StackSession.stack().mail();
  }

  /** The running peers, to freeze, stop and start again (fault injection). */
  public static com.openplatform.devstack.DevStack peers() {
    return StackSession.stack();
  }

  /** {@code http://demo.localhost:18080} */
  public static String siteOf(String tenant) {
    return config().publicUrlPattern().replace("{tenant}", tenant);
  }

  public static String demoPassword() {
    return config().demoPassword();
  }
}
