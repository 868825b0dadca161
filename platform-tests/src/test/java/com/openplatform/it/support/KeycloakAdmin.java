package com.openplatform.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Looks at Keycloak through its admin REST API, as an operator would. */
public final class KeycloakAdmin {

  private KeycloakAdmin() {}

  /** The users of a realm with exactly this email (an array, possibly empty). */
  public static JsonNode usersByEmail(String realm, String email) {
    String url =
        Stack.config().keycloakUrl()
            + "/admin/realms/"
            + realm
            + "/users?exact=true&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8);
    return Api.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + adminToken())
                .build())
        .json();
  }

  /**
   * Creates an enabled user signing in with this email and password (as an earlier attempt would).
   */
  public static void createUser(String realm, String email, String password) {
    createUser(realm, email, password, Map.of());
  }

  /** The same, with user attributes (as the platform writes them). */
  public static void createUser(
      String realm, String email, String password, Map<String, Object> attributes) {
    String body =
        Api.json(
            java.util.Map.of(
                "attributes",
                attributes,
                "username",
                email,
                "email",
                email,
                "emailVerified",
                true,
                "enabled",
                true,
                "credentials",
                java.util.List.of(
                    java.util.Map.of("type", "password", "value", password, "temporary", false))));
    Api.Reply reply =
        Api.send(
            HttpRequest.newBuilder(
                    URI.create(Stack.config().keycloakUrl() + "/admin/realms/" + realm + "/users"))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (reply.status() != 201) {
      throw new AssertionError("user not created: " + reply.status() + " " + reply.body());
    }
  }

  /** A realm's representation (its policies). */
  public static JsonNode realm(String realm) {
    return Api.send(
            HttpRequest.newBuilder(
                    URI.create(Stack.config().keycloakUrl() + "/admin/realms/" + realm))
                .header("Authorization", "Bearer " + adminToken())
                .build())
        .json();
  }

  /** A client of a realm by its client id (its representation, attributes included). */
  public static JsonNode client(String realm, String clientId) {
    return Api.send(
            HttpRequest.newBuilder(
                    URI.create(
                        Stack.config().keycloakUrl()
                            + "/admin/realms/"
                            + realm
                            + "/clients?clientId="
                            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + adminToken())
                .build())
        .json()
        .get(0);
  }

  /** Enables or disables a realm's client by hand, as an operator in Keycloak's console might. */
  public static void setClientEnabled(String realm, String clientId, boolean enabled) {
    updateClient(realm, clientId, Map.of("enabled", enabled));
  }

  /** Grants realm roles to the user signing in with this email, as an administrator would. */
  public static void grantRealmRoles(String realm, String email, String... roles) {
    String userId = usersByEmail(realm, email).get(0).get("id").asText();
    java.util.List<JsonNode> grants = new java.util.ArrayList<>();
    for (String role : roles) {
      grants.add(admin("GET", realm + "/roles/" + role, null).json());
    }
    Api.Reply reply = admin("POST", realm + "/users/" + userId + "/role-mappings/realm", grants);
    if (reply.status() != 204) {
      throw new AssertionError("roles not granted: " + reply.status() + " " + reply.body());
    }
  }

  /**
   * What a user with a first password does at their first sign-in, done for them: their own
   * password, and no action required any more.
   */
  public static void completeFirstSignIn(String realm, String email, String password) {
    String userId = usersByEmail(realm, email).get(0).get("id").asText();
    Api.Reply reset =
        admin(
            "PUT",
            realm + "/users/" + userId + "/reset-password",
            Map.of("type", "password", "value", password, "temporary", false));
    Api.Reply cleared =
        admin("PUT", realm + "/users/" + userId, Map.of("requiredActions", java.util.List.of()));
    if (reset.status() != 204 || cleared.status() != 204) {
      throw new AssertionError("first sign-in not completed: " + reset.body() + cleared.body());
    }
  }

  /** The realm roles granted to the user signing in with this email. */
  public static java.util.List<String> realmRoles(String realm, String email) {
    String userId = usersByEmail(realm, email).get(0).get("id").asText();
    java.util.List<String> roles = new java.util.ArrayList<>();
    admin("GET", realm + "/users/" + userId + "/role-mappings/realm", null)
        .json()
        .forEach(r -> roles.add(r.get("name").asText()));
    return roles;
  }

  /** Sets one attribute of a realm's client, as the platform's own partial writes do. */
  public static void setClientAttribute(
      String realm, String clientId, String attribute, String value) {
    updateClient(realm, clientId, Map.of("attributes", Map.of(attribute, value)));
  }

  /** Writes these fields of a realm's client (Keycloak leaves the others as they are). */
  private static void updateClient(String realm, String clientId, Map<String, Object> fields) {
    String id = client(realm, clientId).get("id").asText();
    Api.Reply reply = admin("PUT", realm + "/clients/" + id, fields);
    if (reply.status() != 204) {
      throw new AssertionError("client not updated: " + reply.status() + " " + reply.body());
    }
  }

  /**
   * Whether Keycloak's brute-force detection holds this user's sign-in disabled now (the realm's
   * attack-detection view of the user).
   */
  public static boolean bruteForceLocked(String realm, String email) {
    String id = usersByEmail(realm, email).get(0).get("id").asText();
    return admin("GET", realm + "/attack-detection/brute-force/users/" + id, null)
        .json()
        .path("disabled")
        .asBoolean();
  }

  /** A call to the admin REST API under {@code /admin/realms/}, with a JSON body if any. */
  private static Api.Reply admin(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.config().keycloakUrl() + "/admin/realms/" + path))
            .header("Authorization", "Bearer " + adminToken());
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(Api.json(body)));
    }
    return Api.send(request.build());
  }

  private static String adminToken() {
    return Api.form(
            Stack.config().keycloakUrl() + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                "admin",
                "password",
                "admin"))
        .json()
        .get("access_token")
        .asText();
  }
}
