package com.openplatform.it.support;

import com.openplatform.devstack.DevStack;
import com.openplatform.devstack.StackConfig;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the whole stack once per test run, on ports +10000, the way the default run starts it:
 * MariaDB, Keycloak and the mail server side by side, then WildFly with the EAR deployed once — the
 * real EAR plus the test module ({@link Deployments#testEar}). Every test class uses that one
 * deployment; the stack stops when the run ends.
 */
public class StackSession implements LauncherSessionListener {

  private static volatile DevStack stack;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (stack != null
        || System.getProperty("op.stack.data-dir") == null
        || System.getProperty("jboss.home.dir") != null) {
      return;
    }
    try {
      Path ear =
          Deployments.testEar(
              Path.of(System.getProperty("op.stack.ear")),
              Path.of(System.getProperty("op.stack.test-classes")),
              Path.of(System.getProperty("op.stack.data-dir"), "deploy", "platform.ear"));
      System.setProperty("op.stack.ear", ear.toString());
      StackConfig config = StackConfig.fromSystemProperties(10_000);
      stack = DevStack.start(config, true);
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
