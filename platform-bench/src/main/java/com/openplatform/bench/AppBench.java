package com.openplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.devstack.StackConfig;
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
import java.util.UUID;

/**
 * The applications' hot paths, in the same run and WildFly as the request-path benchmark:
 *
 * <ul>
 *   <li>the runtime's access decision ({@code GET /admin/api/access-decisions/{appId}?use=})
 *       against a no-op endpoint of the same staff API for the same role, at 1 and 50 clients
 *       (goal: ≥ 0.8 × the no-op's throughput, p99 &lt; 5 ms);
 *   <li>token issuance with AppID and AppSecret at the realm's token endpoint (the platform's
 *       authenticator, keycloak-provider, checks the secret's digest and the IP allow-list) against
 *       a raw client-credentials grant of a plain confidential client (Keycloak's own {@code
 *       client-secret} authenticator) in the same realm (goal: ≤ 1.15 × the raw grant's time).
 * </ul>
 *
 * Reports go to {@code access-decision.md} and {@code app-token.md}.
 */
final class AppBench {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AppBench() {}

  static void run(
      StackConfig config,
      String site,
      String host,
      Path out,
      Load load,
      Duration warmUp,
      Duration measure)
      throws Exception {
    String developer = RequestPathBench.developerToken(config, site, host);
    String reviewer = password(config, "reviewer@demo.example");
    String[] app = approvedApp(site, host, developer, reviewer);
    String appId = app[0];
    String secret = app[1];

    String runtime = password(config, "runtime@demo.example");
    String decision = site + "/admin/api/access-decisions/" + appId + "?use=existing-user";
    String noop = site + "/admin/api/bench/noop/" + appId + "?use=existing-user";
    load.run("warm-up", noop, host, runtime, 8, warmUp);
    load.run("warm-up", decision, host, runtime, 8, warmUp);
    List<Load.Result> decisions = new ArrayList<>();
    for (int clients : new int[] {1, 50}) {
      runtime = password(config, "runtime@demo.example");
      decisions.add(load.run("no-op (baseline)", noop, host, runtime, clients, measure));
      decisions.add(load.run("access decision", decision, host, runtime, clients, measure));
    }
    // the same 50 clients at a steady offered load, half of what the no-op took at saturation:
    // latency below saturation, where a p99 target means something (closed-loop p99 is queueing)
    double offered = Math.rint(decisions.get(2).throughput() / 2);
    runtime = password(config, "runtime@demo.example");
    List<Load.Result> steady = new ArrayList<>();
    for (String[] endpoint :
        new String[][] {{"no-op (baseline)", noop}, {"access decision", decision}}) {
      steady.add(
          load.paced(
              endpoint[0] + ", " + (long) offered + " req/s offered",
              Load.get(endpoint[1], host, runtime),
              50,
              offered,
              measure));
    }
    write(
        out.resolve("access-decision.md"),
        RequestPathBench.report(decisions)
            + "\nOpen loop, 50 clients offering half the no-op's saturated throughput:\n\n"
            + RequestPathBench.report(steady));

    URI endpoint = URI.create(config.keycloakUrl() + "/realms/demo/protocol/openid-connect/token");
    HttpRequest raw = form(endpoint, null, RAW_CLIENT, plainClientSecret(config));
    HttpRequest platform = form(endpoint, null, appId, secret);
    load.run("warm-up", raw, 4, warmUp);
    load.run("warm-up", platform, 4, warmUp);
    List<Load.Result> tokens = new ArrayList<>();
    for (int clients : new int[] {1, 8}) {
      tokens.add(load.run("raw Keycloak grant (baseline)", raw, clients, measure));
      tokens.add(load.run("app's AppID + AppSecret", platform, clients, measure));
    }
    write(out.resolve("app-token.md"), RequestPathBench.report(tokens));
  }

  /** The baseline's client: confidential, client credentials, Keycloak's own authenticator. */
  private static final String RAW_CLIENT = "bench-raw-client";

  /**
   * Makes the baseline's plain client in the demo realm (once) with Keycloak's admin API and
   * returns its secret.
   */
  private static String plainClientSecret(StackConfig config) throws Exception {
    HttpClient http = RequestPathBench.http();
    HttpResponse<String> admin =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        config.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username="
                            + StackConfig.KEYCLOAK_ADMIN
                            + "&password="
                            + StackConfig.KEYCLOAK_ADMIN_PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = JSON.readTree(admin.body()).get("access_token").asText();
    String clients = config.keycloakUrl() + "/admin/realms/demo/clients";
    http.send(
        HttpRequest.newBuilder(URI.create(clients))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(
                        java.util.Map.of(
                            "clientId", RAW_CLIENT,
                            "publicClient", false,
                            "clientAuthenticatorType", "client-secret",
                            "serviceAccountsEnabled", true,
                            "standardFlowEnabled", false,
                            "directAccessGrantsEnabled", false))))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode found =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(clients + "?clientId=" + RAW_CLIENT))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    String id = found.get(0).get("id").asText();
    return JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(clients + "/" + id + "/client-secret"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body())
        .get("value")
        .asText();
  }

  private static void write(Path file, String report) throws Exception {
    Files.writeString(file, report);
    System.out.println(file.getFileName() + "\n" + report);
  }

  private static HttpRequest form(URI uri, String host, String appId, String secret) {
    String body =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(appId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (host != null) {
      b.header("Host", host);
    }
    return b.build();
  }

  /** A staff user's token (demo password), through the realm's platform client. */
  static String password(StackConfig config, String username) throws Exception {
    return RequestPathBench.passwordToken(config, username);
  }

  /** Registers an app as the demo developer, approves it as the reviewer, gets its secret. */
  private static String[] approvedApp(String site, String host, String developer, String reviewer)
      throws Exception {
    HttpClient http = RequestPathBench.http();
    String form =
        JSON.writeValueAsString(
            java.util.Map.of(
                "name", "Bench " + UUID.randomUUID().toString().substring(0, 8),
                "description", "The benchmark's application.",
                "category", "TOOLS",
                "privacyPolicyUrl", "https://bench.example.com/privacy",
                "customerService", "support@bench.example.com",
                "claimsContact", "legal@bench.example.com",
                "poweredByAcknowledged", true));
    JsonNode app = call(http, "POST", site + "/portal/api/apps", host, developer, form, 201);
    String id = app.get("id").asText();
    JsonNode approved =
        call(http, "POST", site + "/admin/api/apps/" + id + "/approval", host, reviewer, "{}", 200);
    JsonNode secret =
        call(http, "POST", site + "/portal/api/apps/" + id + "/secret", host, developer, null, 201);
    return new String[] {approved.get("appId").asText(), secret.get("appSecret").asText()};
  }

  private static JsonNode call(
      HttpClient http,
      String method,
      String url,
      String host,
      String token,
      String json,
      int expect)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Host", host)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (json != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expect) {
      throw new IllegalStateException(method + " " + url + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }
}
