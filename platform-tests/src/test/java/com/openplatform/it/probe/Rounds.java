package com.openplatform.it.probe;

import com.openplatform.apps.access.AppClientSync;
import com.openplatform.billing.verification.ExpiryReminders;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The timers' rounds on demand ({@code POST /it-probe/rounds/<name>}), so tests wait for a
 * condition, not for a clock: in the test run the timers' own intervals are an hour. Answers 204
 * once the round is over.
 */
@WebServlet("/rounds/*")
public class Rounds extends HttpServlet {

  @EJB(lookup = "java:global/platform/apps-ejb/AppClientSync")
  AppClientSync appClientSync;

  @EJB(lookup = "java:global/platform/billing-ejb/ExpiryReminders")
  ExpiryReminders expiryReminders;

  /** The notices module lives in a war; its round is reached by its global JNDI name. */
  private static void noticesRound() {
    try {
      Object rounds =
          new javax.naming.InitialContext().lookup("java:global/platform/notices-war/NoticeRounds");
      rounds.getClass().getMethod("round").invoke(rounds);
    } catch (ReflectiveOperationException | javax.naming.NamingException e) {
      throw new IllegalStateException("the notices round", e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    switch (name) {
      case "app-client-sync" -> appClientSync.round();
      case "expiry-reminders" -> expiryReminders.round();
      case "notices" -> noticesRound();
      default -> {
        response.sendError(404, "no round " + name);
        return;
      }
    }
    response.setStatus(204);
  }
}
