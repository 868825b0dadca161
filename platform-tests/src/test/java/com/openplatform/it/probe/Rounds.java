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

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    switch (name) {
      case "app-client-sync" -> appClientSync.round();
      case "expiry-reminders" -> expiryReminders.round();
      default -> {
        response.sendError(404, "no round " + name);
        return;
      }
    }
    response.setStatus(204);
  }
}
