package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Deployments;
import com.openplatform.it.support.KeycloakAdmin;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration by email (§2.1.1) through the REST API, against the real MariaDB and Keycloak. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationApiIT {

  private static final String REGISTER = "/portal/api/registrations";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static String newEmail() {
    return Accounts.newEmail("dev");
  }

  private static Reply register(String tenant, String email, String password) {
    return Accounts.register(tenant, email, password);
  }

  private static int rows(String email) {
    return Db.count("SELECT COUNT(*) FROM developer_account WHERE email = ?", email);
  }

  @Test
  void registersPendingAccountThatTheMailedLinkActivates() {
    String email = newEmail();

    Reply reply = register("demo", email, "correct-horse");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header("Location")).endsWith("/portal/api/accounts/me");
    JsonNode account = reply.json();
    assertThat(account.get("email").asText()).isEqualTo(email);
    assertThat(account.get("status").asText()).isEqualTo("PENDING");
    assertThat(Db.string("SELECT tenant_id FROM developer_account WHERE email = ?", email))
        .hasValue("demo");
    assertThat(KeycloakAdmin.usersByEmail("demo", email)).hasSize(1);
    assertThat(KeycloakAdmin.usersByEmail("demo", email).get(0).get("enabled").asBoolean())
        .isFalse();
    assertThat(KeycloakAdmin.usersByEmail("acme", email)).isEmpty();
    assertThat(Api.tokenReply("demo", email, "correct-horse").status()).isEqualTo(400);

    String link = Accounts.link(email);
    assertThat(link).startsWith("http://demo.localhost:");
    Reply confirmed = Accounts.confirm("demo", Accounts.token(email));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("ACTIVE");

    String token = Api.token("demo", email, "correct-horse");
    Reply me = Api.get("demo", "/portal/api/accounts/me", token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("id").asText()).isEqualTo(account.get("id").asText());
  }

  @Test
  void aConfirmationLinkWorksOnceAndOnlyOnItsTenant() {
    String email = newEmail();
    register("demo", email, "correct-horse");
    String token = Accounts.token(email);

    Reply elsewhere = Accounts.confirm("acme", token);
    Reply first = Accounts.confirm("demo", token);
    Reply again = Accounts.confirm("demo", token);
    Reply forged = Accounts.confirm("demo", "forged-token");

    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("code").asText()).isEqualTo("confirmation-invalid");
    assertThat(forged.status()).isEqualTo(400);
  }

  @Test
  void aNewLinkCanBeRequestedWithoutRevealingWhoIsRegistered() {
    String email = newEmail();
    register("demo", email, "correct-horse");

    Reply known =
        Api.post(
            "demo",
            "/portal/api/registrations/confirmation-requests",
            Api.json(Map.of("email", email)));
    Reply unknown =
        Api.post(
            "demo",
            "/portal/api/registrations/confirmation-requests",
            Api.json(Map.of("email", newEmail())));

    assertThat(known.status()).isEqualTo(202);
    assertThat(unknown.status()).isEqualTo(202);
    assertThat(Accounts.mailsTo(email)).hasSize(2);
  }

  @Test
  void invalidEmailIsRefusedWithProblemDetailsAndWritesNothing() {
    Reply reply = register("demo", "not-an-email", "correct-horse");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("type").asText()).isEqualTo("urn:open-platform:problem:invalid-input");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("email");
    assertThat(rows("not-an-email")).isZero();
    assertThat(KeycloakAdmin.usersByEmail("demo", "not-an-email")).isEmpty();
  }

  @Test
  void missingFieldsAreAllReported() {
    Reply reply = Api.post("demo", REGISTER, "{}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").findValuesAsText("field"))
        .containsExactly("email", "password");
  }

  @Test
  void duplicateEmailConflictsAndKeepsOneAccount() {
    String email = newEmail();
    assertThat(register("demo", email, "correct-horse").status()).isEqualTo(201);

    Reply again = register("demo", email.toUpperCase(), "another-pass");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asText()).isEqualTo("email-taken");
    assertThat(rows(email)).isEqualTo(1);
    assertThat(KeycloakAdmin.usersByEmail("demo", email)).hasSize(1);
  }

  @Test
  void theSameEmailIsAnotherAccountOnAnotherTenant() {
    String email = newEmail();
    assertThat(register("demo", email, "correct-horse").status()).isEqualTo(201);
    assertThat(register("acme", email, "correct-horse").status()).isEqualTo(201);

    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM developer_account WHERE email = ? AND tenant_id = 'acme'",
                email))
        .isEqualTo(1);
  }

  @Test
  void malformedBodiesAreRefusedAndWriteNothing() {
    String email = newEmail();
    Reply unknownField =
        Api.post(
            "demo",
            REGISTER,
            Api.json(Map.of("email", email, "password", "correct-horse", "role", "admin")));
    Reply wrongType =
        Api.post("demo", REGISTER, "{\"email\": 42, \"password\": \"correct-horse\"}");
    Reply notJson = Api.post("demo", REGISTER, "{email:");
    Reply wrongMedia = Api.call("demo", "POST", REGISTER, null, null);

    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.json().get("errors").get(0).get("field").asText()).isEqualTo("role");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");
    assertThat(wrongMedia.status()).isIn(400, 415);
    assertThat(rows(email)).isZero();
  }

  @Test
  void problemDetailsSpeakChineseWhenAsked() {
    Reply reply =
        Api.call("demo", "POST", REGISTER, "{}", null, Map.of("Accept-Language", "zh-CN,zh;q=0.9"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("title").asText()).isEqualTo("输入有误");
  }
}
