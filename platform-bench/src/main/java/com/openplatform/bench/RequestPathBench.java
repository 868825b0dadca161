package com.openplatform.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.devstack.DevStack;
import com.openplatform.devstack.StackConfig;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The signed-in request path, in one run against one WildFly: {@code GET /portal/api/accounts/me}
 * against a signed-in no-op endpoint of the same API (the baseline), at 1 and 50 concurrent
 * clients. Reports throughput, p50 and p99 and the ratio to the baseline (goal: /accounts/me ≥ 0.5
 * × the no-op's throughput, p99 &lt; 20 ms at 50 clients) to {@code target/bench/request-path.md}.
 */
public final class RequestPathBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WARM_UP = Duration.ofSeconds(20);
  private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("op.bench.seconds", 20));

  private RequestPathBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    Path out = Path.of(System.getProperty("op.bench.out", "target/bench"));
    Files.createDirectories(out);
    Path ear = withNoop(Path.of(System.getProperty("op.stack.ear")), out.resolve("platform.ear"));
    System.setProperty("op.stack.ear", ear.toString());
    StackConfig config = StackConfig.fromSystemProperties(20_000);
    try (DevStack stack = DevStack.start(config, true);
        Load load = new Load()) {
      String site = "http://127.0.0.1:" + config.httpPort();
      String host = "demo.localhost:" + config.httpPort();
      // -Dop.bench.only=notices: only the notices' benchmark
      if ("notices".equals(System.getProperty("op.bench.only"))) {
        NoticeBench.run(config, stack, site, out);
        return;
      }
      String token = developerToken(config, site, host);
      String me = site + "/portal/api/accounts/me";
      String noop = site + "/portal/api/bench/noop";
      load.run("warm-up", noop, host, token, 8, WARM_UP);
      load.run("warm-up", me, host, token, 8, WARM_UP);
      List<Load.Result> results = new ArrayList<>();
      for (int clients : new int[] {1, 50}) {
        token = developerToken(config, site, host);
        results.add(load.run("no-op (baseline)", noop, host, token, clients, MEASURE));
        results.add(load.run("/accounts/me", me, host, token, clients, MEASURE));
      }
      String report = report(results);
      Files.writeString(out.resolve("request-path.md"), report);
      System.out.println(report);
      AppBench.run(config, site, host, out, load, WARM_UP, MEASURE);
      NoticeBench.run(config, stack, site, out);
    }
  }

  /** A copy of the EAR whose portal API also serves the no-op endpoint. */
  static Path withNoop(Path ear, Path copy) {
    EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear.toFile());
    WebArchive portal = archive.getAsType(WebArchive.class, "portal-war.war");
    portal.addClass(NoopResource.class);
    WebArchive admin = archive.getAsType(WebArchive.class, "admin-war.war");
    admin.addClass(RuntimeNoopResource.class);
    archive.as(ZipExporter.class).exportTo(new File(copy.toString()), true);
    return copy;
  }

  /**
   * An HTTP/1.1 client, as the load uses: over HTTP/2 (the JDK client's default, by h2c upgrade
   * after the first request) the client sends the URI's authority instead of the {@code Host}
   * header that names the tenant here, and the requests reach no tenant.
   */
  static HttpClient http() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** A demo user's token (the demo password) from the realm's platform client. */
  static String passwordToken(StackConfig config, String username) throws Exception {
    return passwordToken(config, "demo", username);
  }

  /** A user's token in a tenant's realm (the demo password). */
  static String passwordToken(StackConfig config, String tenant, String username) throws Exception {
    HttpClient http = RequestPathBench.http();
    String form =
        Map.of(
                "grant_type",
                "password",
                "client_id",
                "platform-api",
                "username",
                username,
                "password",
                config.demoPassword())
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> tokens =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        config.keycloakUrl()
                            + "/realms/"
                            + tenant
                            + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (tokens.statusCode() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + tokens.body());
    }
    return JSON.readTree(tokens.body()).get("access_token").asText();
  }

  /** The demo developer's token, with the agreement in force accepted (the gate would refuse). */
  static String developerToken(StackConfig config, String site, String host) throws Exception {
    HttpClient http = RequestPathBench.http();
    String token = passwordToken(config, "developer@demo.example");
    HttpResponse<String> agreement =
        http.send(
            HttpRequest.newBuilder(URI.create(site + "/portal/api/agreement"))
                .header("Host", host)
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (agreement.statusCode() == 200
        && !JSON.readTree(agreement.body()).get("accepted").asBoolean()) {
      HttpResponse<String> accepted =
          http.send(
              HttpRequest.newBuilder(URI.create(site + "/portal/api/agreement/acceptances"))
                  .header("Host", host)
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"versionId\":\""
                              + JSON.readTree(agreement.body()).get("id").asText()
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (accepted.statusCode() != 200) {
        String claims =
            new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8);
        throw new IllegalStateException(
            "accepting the agreement: "
                + accepted.statusCode()
                + " "
                + accepted.body()
                + " headers "
                + accepted.headers().map()
                + " token "
                + claims);
      }
    } else if (agreement.statusCode() != 200) {
      throw new IllegalStateException(
          "reading the agreement: " + agreement.statusCode() + " " + agreement.body());
    }
    return token;
  }

  /**
   * A table of the rows, each compared with the baseline measured just before it at the same number
   * of clients (rows come in pairs: baseline, then the endpoint).
   */
  static String report(List<Load.Result> results) {
    StringBuilder b = new StringBuilder();
    b.append(
        "| endpoint | clients | requests | failures | req/s | p50 ms | p99 ms"
            + " | throughput vs baseline | p50 time vs baseline |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < results.size(); i++) {
      Load.Result r = results.get(i);
      Load.Result baseline = results.get(i - i % 2);
      b.append(
          String.format(
              "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f × | %.2f × |%n",
              r.name(),
              r.clients(),
              r.requests(),
              r.failures(),
              r.throughput(),
              r.percentileMillis(50),
              r.percentileMillis(99),
              r.throughput() / baseline.throughput(),
              r.percentileMillis(50) / baseline.percentileMillis(50)));
    }
    return b.toString();
  }
}
