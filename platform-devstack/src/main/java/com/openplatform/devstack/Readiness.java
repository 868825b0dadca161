package com.openplatform.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's readiness checks ({@code :9990/health/ready}) as the launcher and the test stack
 * read them: the platform's own checks by name ({@code database}, {@code keycloak}, {@code mail},
 * {@code tenants}) and their status.
 */
final class Readiness {

  private static final Pattern CHECK =
      Pattern.compile(
          "\\{\\s*\"name\"\\s*:\\s*\"(database|keycloak|mail|tenants)\"\\s*,\\s*\"status\"\\s*:\\s*\"(UP|DOWN)\"");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Readiness() {}

  static String url(StackConfig config) {
    return "http://127.0.0.1:" + config.managementPort() + "/health/ready";
  }

  /** The readiness document (its body whatever the overall status). */
  static String fetch(StackConfig config) throws java.io.IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url(config))).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Each of the platform's checks in the document and whether it is up, in document order. */
  static Map<String, Boolean> checks(String health) {
    Map<String, Boolean> checks = new LinkedHashMap<>();
    Matcher check = CHECK.matcher(health);
    while (check.find()) {
      checks.put(check.group(1), check.group(2).equals("UP"));
    }
    return checks;
  }
}
