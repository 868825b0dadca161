package com.openplatform.it.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one test method inside the EAR ({@code POST /it-probe/run?method=class#name(params)}) and
 * answers {@code SUCCESSFUL}, or {@code FAILED} with what failed and its stack trace. The client
 * side is {@link com.openplatform.it.support.InServer}.
 */
@WebServlet("/run")
public class TestRunner extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String method = request.getParameter("method");
    response.setContentType("text/plain;charset=UTF-8");
    if (method == null) {
      response.sendError(400, "method= is required");
      return;
    }
    LauncherDiscoveryRequest discovery =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectMethod(method))
            // the server runs what it is sent, one method at a time
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
            .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(discovery, summary);
    TestExecutionSummary result = summary.getSummary();
    StringWriter out = new StringWriter();
    PrintWriter text = new PrintWriter(out);
    if (result.getTestsFoundCount() == 0) {
      text.println("FAILED");
      text.println("no test found for " + method);
    } else if (result.getTotalFailureCount() > 0 || result.getTestsSucceededCount() == 0) {
      text.println("FAILED");
      for (TestExecutionSummary.Failure failure : result.getFailures()) {
        text.println(failure.getTestIdentifier().getDisplayName());
        failure.getException().printStackTrace(text);
      }
      if (result.getTestsAbortedCount() > 0) {
        text.println("aborted: " + result.getTestsAbortedCount());
      }
    } else {
      text.println("SUCCESSFUL");
    }
    text.flush();
    response.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
