package com.openplatform.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The test module's operations ({@code com.openplatform.it.probe}) from the client side. */
public final class Probe {

  private Probe() {}

  /** Runs a timer's round now, on every tenant, and returns once it is over. */
  public static void round(String name) {
    HttpResponse<String> answer = post("/rounds/" + name, Duration.ofMinutes(2));
    if (answer.statusCode() != 204) {
      throw new AssertionError("round " + name + ": " + answer.statusCode() + " " + answer.body());
    }
  }

  /** A POST to the probe module ({@code /it-probe} + {@code path}) and its answer. */
  static HttpResponse<String> post(String path, Duration timeout) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + Stack.config().httpPort() + "/it-probe" + path))
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return Api.HTTP_CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new AssertionError("probe " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("probe " + path, e);
    }
  }
}
