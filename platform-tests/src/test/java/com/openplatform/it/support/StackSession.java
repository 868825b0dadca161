package com.openplatform.it.support;

import com.openplatform.devstack.DevStack;
import com.openplatform.devstack.StackConfig;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real peers (MariaDB, Keycloak, SMTP) once per test run, on ports +10000, before
 * Arquillian starts WildFly with the platform's settings in {@code op.it.server-args}.
 */
public class StackSession implements LauncherSessionListener {

  private static volatile DevStack stack;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (stack != null || System.getProperty("op.stack.data-dir") == null) {
      return;
    }
    try {
      StackConfig config = StackConfig.fromSystemProperties(10_000);
      stack = DevStack.start(config, false);
      // behind a proxy, as in production: the tests give each client its own address
      System.setProperty(
          "op.it.server-args", config.serverArguments() + " -Dop.proxy-forwarding=true");
    } catch (Exception e) {
      throw new IllegalStateException("the test stack did not start", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }

  static DevStack stack() {
    if (stack == null) {
      throw new IllegalStateException("the test stack is not running");
    }
    return stack;
  }
}
