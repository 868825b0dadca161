package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.KeycloakAdmin;
import com.openplatform.it.support.Stack;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Accounts nobody can hijack (§2.1.1): the email can't be changed in Keycloak either; tokens only
 * in the header and only from the platform's own clients; passwords can't be guessed; refusals of
 * the container's security are problem details too.
 */
@Isolated
class TrustApiIT {

  private static String developer(String email, String password) {
    Accounts.registerConfirmed("demo", email, password);
    return Api.token("demo", email, password);
  }

  private static Reply accountApi(String method, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.config().keycloakUrl() + "/realms/demo/account/"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (json == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json));
    }
    return Api.send(request.build());
  }

  /** §2.1.1: Keycloak's own account API can't change the email (nor the user name). */
  @Test
  void theEmailCantBeChangedThroughKeycloaksAccountApi() {
    String email = Accounts.newEmail("keep");
    String token = developer(email, "keep-my-address");
    Reply mine = accountApi("GET", token, null);
    assertThat(mine.status()).isEqualTo(200);

    ObjectNode changed = (ObjectNode) mine.json();
    changed.put("email", Accounts.newEmail("elsewhere"));
    Reply refused = accountApi("POST", token, changed.toString());
    ObjectNode renamed = (ObjectNode) mine.json();
    renamed.put("username", "someone-else");
    Reply renameRefused = accountApi("POST", token, renamed.toString());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("read-only");
    assertThat(renameRefused.status()).isEqualTo(400);
    assertThat(KeycloakAdmin.usersByEmail("demo", email)).hasSize(1);
    assertThat(Api.tokenReply("demo", email, "keep-my-address").status()).isEqualTo(200);
  }

  @Test
  void aTokenInTheAddressIsRefused() {
    String token = developer(Accounts.newEmail("url"), "token-in-url");

    Reply inUrl = Api.get("demo", "/portal/api/accounts/me?access_token=" + token, null);
    Reply inHeader = Api.get("demo", "/portal/api/accounts/me", token);

    assertThat(inUrl.status()).isEqualTo(401);
    assertThat(inUrl.header("Content-Type")).startsWith("application/problem+json");
    assertThat(inHeader.status()).isEqualTo(200);
  }

  /** A token of another client of the realm (here Keycloak's admin-cli) doesn't open the API. */
  @Test
  void onlyTokensIssuedToThePlatformsClientsAreAccepted() {
    String email = Accounts.newEmail("aud");
    developer(email, "audience-pass");
    Reply foreign =
        Api.form(
            Stack.config().keycloakUrl() + "/realms/demo/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", email,
                "password", "audience-pass"));
    assertThat(foreign.status()).isEqualTo(200);

    Reply refused =
        Api.get("demo", "/portal/api/accounts/me", foreign.json().get("access_token").asText());

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void theContainersOwnRefusalsAreProblemDetails() {
    String developer = developer(Accounts.newEmail("sec"), "container-pass");

    Reply noToken = Api.get("demo", "/admin/api/accounts", null);
    Reply wrongRole = Api.get("demo", "/admin/api/accounts", developer);
    Reply garbage = Api.get("demo", "/portal/api/accounts/me", "not-a-token");

    for (Reply reply : java.util.List.of(noToken, wrongRole, garbage)) {
      assertThat(reply.header("Content-Type"))
          .as(reply.body())
          .startsWith("application/problem+json");
      assertThat(reply.body()).doesNotContain("Exception", "at org.", "at com.", "<html");
    }
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(noToken.json().get("code").asText()).isEqualTo("unauthenticated");
    assertThat(wrongRole.status()).isEqualTo(403);
    assertThat(wrongRole.json().get("code").asText()).isEqualTo("forbidden");
    assertThat(garbage.status()).isEqualTo(401);
  }

  /**
   * Nobody locks an owner out with a single wrong password: right after one, the right password
   * signs in (Keycloak's quick-login check used to lock the user for a minute).
   */
  @Test
  void oneWrongPasswordDoesNotLockTheOwnerOut() {
    for (int i = 0; i < 3; i++) {
      String email = Accounts.newEmail("once");
      developer(email, "the-real-one");
      assertThat(Api.tokenReply("demo", email, "a-wrong-one").status()).isNotEqualTo(200);
      assertThat(Api.tokenReplySoon("demo", email, "the-real-one").status()).isEqualTo(200);
    }
    // the quick-login lock is what fired after one failure (a retried failure job sees 0 ms)
    JsonNode realm = KeycloakAdmin.realm("demo");
    assertThat(realm.get("quickLoginCheckMilliSeconds").asLong()).isZero();
    assertThat(realm.get("minimumQuickLoginWaitSeconds").asInt()).isZero();
  }

  /** Keycloak's brute-force detection: after failed guesses even the right password waits. */
  @Test
  void guessingAPasswordLocksTheSignInForAWhile() throws Exception {
    String email = Accounts.newEmail("guess");
    developer(email, "the-real-one");

    for (int i = 0; i < 6; i++) {
      assertThat(Api.tokenReply("demo", email, "guess-" + i).status()).isNotEqualTo(200);
    }
    await("Keycloak's lock on the guessed sign-in")
        .atMost(Duration.ofSeconds(10))
        .until(() -> KeycloakAdmin.bruteForceLocked("demo", email));

    assertThat(Api.tokenReply("demo", email, "the-real-one").status()).isNotEqualTo(200);
    JsonNode realm = KeycloakAdmin.realm("demo");
    assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm.get("passwordPolicy").asText()).contains("length(10)", "notEmail");
    assertThat(realm.get("editUsernameAllowed").asBoolean()).isFalse();
  }
}
