package com.openplatform.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP to the platform as a browser or API client on a tenant's site would send it (the test JVM
 * resolves {@code demo.localhost} through {@code src/test/resources/hosts}); tokens from the
 * tenant's Keycloak realm.
 */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();
  public static final HttpClient HTTP_CLIENT =
      HttpClient.newBuilder()
          // HTTP/1.1 as a proxy speaks to the server (Undertow honours X-Forwarded-For on it)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Api() {}

  /** A response: status, headers and body (parsed as JSON when it is JSON). */
  public record Reply(int status, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + raw.body(), e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return raw.body();
    }
  }

  public static Reply call(String tenant, String method, String path, String json, String token) {
    return call(tenant, method, path, json, token, Map.of());
  }

  public static Reply call(
      String tenant,
      String method,
      String path,
      String json,
      String token,
      Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.siteOf(tenant) + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("X-Forwarded-For", someClient());
    headers.forEach(request::setHeader);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return send(request.build());
  }

  /**
   * A client address of its own for each call (the test server trusts X-Forwarded-For, as behind a
   * proxy), so the limits per client address count what a test means them to count.
   */
  static String someClient() {
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  public static Reply get(String tenant, String path, String token) {
    return call(tenant, "GET", path, null, token);
  }

  public static Reply post(String tenant, String path, String json) {
    return call(tenant, "POST", path, json, null);
  }

  /** A token for a user of a tenant's realm, through the realm's public API client. */
  public static String token(String tenant, String username, String password) {
    Reply reply = tokenReplySoon(tenant, username, password);
    if (reply.status() != 200) {
      throw new AssertionError("no token for " + username + ": " + reply.body());
    }
    return reply.json().get("access_token").asText();
  }

  /**
   * A token for the demo staff user holding {@code role} in a tenant ({@code role@tenant.example}).
   */
  public static String staffToken(String tenant, String role) {
    String username = role + "@" + tenant + ".example";
    CachedToken cached = STAFF_TOKENS.get(username);
    if (cached != null && cached.goodUntil() > System.nanoTime()) {
      return cached.token();
    }
    String token = token(tenant, username, Stack.demoPassword());
    // the realm's access tokens live 5 minutes; a staff token is used again for 3
    STAFF_TOKENS.put(
        username, new CachedToken(token, System.nanoTime() + Duration.ofMinutes(3).toNanos()));
    return token;
  }

  private record CachedToken(String token, long goodUntil) {}

  /** The demo staff users' tokens, shared by the tests (fewer sign-ins of the same users). */
  private static final java.util.concurrent.ConcurrentHashMap<String, CachedToken> STAFF_TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Keycloak's answer to a password grant (400 for a disabled or unknown user). */
  public static Reply tokenReply(String tenant, String username, String password) {
    return SignIns.oneAtATime(tenant, username, () -> grant(tenant, username, password));
  }

  private static Reply grant(String tenant, String username, String password) {
    return form(
        Stack.config().keycloakUrl() + "/realms/" + tenant + "/protocol/openid-connect/token",
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "platform-api",
            "username",
            username,
            "password",
            password));
  }

  /**
   * A password grant tried again for up to 3 s while it is refused: Keycloak's blocking brute-force
   * protector (26.x, the default) refuses a user's sign-in with {@code user_temporarily_disabled}
   * while the bookkeeping of that user's previous attempt still runs (milliseconds, more under
   * load). A real lock-out (Keycloak's quick-login rule locked for 60 s) still fails here.
   */
  public static Reply tokenReplySoon(String tenant, String username, String password) {
    long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    Reply reply = tokenReply(tenant, username, password);
    while (reply.status() != 200 && System.nanoTime() < until) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reply;
      }
      reply = tokenReply(tenant, username, password);
    }
    return reply;
  }

  public static Reply form(String url, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          HTTP_CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new AssertionError("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
