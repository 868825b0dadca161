package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Deployments;
import com.openplatform.it.support.KeycloakAdmin;
import java.security.SecureRandom;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts registered with a QQ number (§2.1.1): they sign in with it through Keycloak, must link
 * an email before anything else, and still sign in with the QQ number afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QqSignInApiIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static String newQq() {
    return Long.toString(1_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 8_999_999_999L);
  }

  private static Reply registerQq(String qq, String password) {
    return Api.post(
        "demo",
        "/portal/api/registrations/qq",
        Api.json(Map.of("qqNumber", qq, "password", password)));
  }

  @Test
  void aQqAccountLinksAnEmailBeforeAnythingElseAndKeepsSigningInWithItsQqNumber() {
    String qq = newQq();
    Reply registered = registerQq(qq, "qq-password");
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.json().get("email").isNull()).isTrue();

    String token = Api.token("demo", qq, "qq-password");
    Reply gated =
        Api.call("demo", "PATCH", "/portal/api/accounts/me", "{\"displayName\":\"x\"}", token);
    assertThat(gated.status()).isEqualTo(403);
    assertThat(gated.json().get("code").asText()).isEqualTo("email-link-required");
    assertThat(Api.get("demo", "/portal/api/accounts/me/qualification", token).status())
        .isEqualTo(403);

    String email = Accounts.newEmail("qq");
    Reply link =
        Api.call(
            "demo",
            "POST",
            "/portal/api/accounts/me/email-link",
            Api.json(Map.of("email", email)),
            token);
    assertThat(link.status()).isEqualTo(202);
    Reply confirmed = Accounts.confirm("demo", Accounts.token(email));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("email").asText()).isEqualTo(email);
    assertThat(confirmed.json().get("qqNumber").asText()).isEqualTo(qq);

    String byQq = Api.token("demo", qq, "qq-password");
    String byEmail = Api.token("demo", email, "qq-password");
    assertThat(Api.get("demo", "/portal/api/accounts/me", byQq).json().get("email").asText())
        .isEqualTo(email);
    assertThat(Api.get("demo", "/portal/api/accounts/me", byEmail).json().get("qqNumber").asText())
        .isEqualTo(qq);
    assertThat(
            KeycloakAdmin.usersByEmail("demo", email)
                .get(0)
                .get("attributes")
                .get("qqNumber")
                .get(0)
                .asText())
        .isEqualTo(qq);

    Reply relink =
        Api.call(
            "demo",
            "POST",
            "/portal/api/accounts/me/email-link",
            Api.json(Map.of("email", Accounts.newEmail("again"))),
            byQq);
    assertThat(relink.status()).isEqualTo(409);
    assertThat(relink.json().get("code").asText()).isEqualTo("email-permanent");
  }

  @Test
  void qqNumbersAreCheckedAndUnique() {
    String qq = newQq();
    assertThat(registerQq(qq, "qq-password").status()).isEqualTo(201);

    assertThat(registerQq(qq, "qq-password").status()).isEqualTo(409);
    assertThat(
            registerQq("01234567", "qq-password").json().get("errors").get(0).get("code").asText())
        .isEqualTo("qq-format");
    assertThat(registerQq("1234", "qq-password").status()).isEqualTo(400);
    assertThat(registerQq("123456789012", "qq-password").status()).isEqualTo(400);
    assertThat(registerQq(newQq(), "short").status()).isEqualTo(400);
  }
}
