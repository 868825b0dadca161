package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Stack;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Agreement versions (§8.1) in the tenant {@code gamma}, so that no other test meets the gate: a
 * new version in force must be accepted before the portal can be used further; a written refusal
 * (§5.1, §6.4) terminates the account.
 */
@ResourceLock(Locks.GAMMA_AGREEMENT)
class AgreementApiIT {

  private static final String TENANT = "gamma";
  private String email;
  private String developer;

  @BeforeEach
  void aDeveloperOfGamma() {
    email = Accounts.newEmail("agr");
    Accounts.registerConfirmed(TENANT, email, "agreement-pass");
    developer = Api.token(TENANT, email, "agreement-pass");
  }

  private static String admin() {
    return Api.token(TENANT, "tenant-admin@gamma.example", Stack.demoPassword());
  }

  private static Reply publish(String token, String label, Instant effectiveAt) {
    return Api.call(
        TENANT,
        "POST",
        "/admin/api/agreement-versions",
        Api.json(
            Map.of(
                "label",
                label,
                "title",
                "Developer service agreement",
                "body",
                "§1 …\n§2 …",
                "effectiveAt",
                effectiveAt.toString())),
        token);
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  private static String bodyOf(jakarta.mail.internet.MimeMessage m) {
    try {
      return ((jakarta.mail.internet.MimeMultipart) m.getContent())
          .getBodyPart(0)
          .getContent()
          .toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String newLabel() {
    return "v-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aVersionInForceMustBeAcceptedBeforeGoingOn() {
    Reply published = publish(admin(), newLabel(), Instant.now());
    assertThat(published.status()).isEqualTo(201);
    String versionId = published.json().get("id").asText();

    // §8.1, §6.1: every developer is told, through the notices module: a prompt at sign-in (which
    // the agreement's gate does not hide), the inbox and a mail
    String label = published.json().get("label").asText();
    java.util.function.Supplier<java.util.List<com.fasterxml.jackson.databind.JsonNode>> prompts =
        () -> {
          java.util.List<com.fasterxml.jackson.databind.JsonNode> found =
              new java.util.ArrayList<>();
          Api.get(TENANT, "/notices/api/me/prompts", developer).json().forEach(found::add);
          return found.stream()
              .filter(p -> p.get("text").get("textEn").asText().contains(label))
              .toList();
        };
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> prompts.get().size() == 1);
    com.fasterxml.jackson.databind.JsonNode prompt = prompts.get().get(0);
    assertThat(prompt.get("text").get("subjectEn").asText())
        .isEqualTo("New developer service agreement: Developer service agreement");
    assertThat(prompt.get("text").get("textEn").asText())
        .contains("/portal/account/agreement.xhtml");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                Db.count(
                        "SELECT COUNT(*) FROM notice_delivery d JOIN notice n ON n.id ="
                            + " d.notice_id JOIN developer_account a ON a.id = d.developer_id"
                            + " WHERE a.email = ? AND n.dedupe_key = ? AND d.channel = 'EMAIL'"
                            + " AND d.state = 'SENT'",
                        email,
                        "agreement:" + versionId)
                    == 1);
    assertThat(
            Accounts.mailsTo(email).stream()
                .filter(m -> subjectOf(m).contains("开发者服务协议更新"))
                .filter(m -> bodyOf(m).contains(label)))
        .hasSize(1);

    Reply gated = Api.get(TENANT, "/portal/api/accounts/me", developer);
    assertThat(gated.status()).isEqualTo(403);
    assertThat(gated.json().get("code").asText()).isEqualTo("agreement-not-accepted");
    Reply current = Api.get(TENANT, "/portal/api/agreement", developer);
    assertThat(current.json().get("id").asText()).isEqualTo(versionId);
    assertThat(current.json().get("accepted").asBoolean()).isFalse();

    Reply accepted =
        Api.call(
            TENANT,
            "POST",
            "/portal/api/agreement/acceptances",
            Api.json(Map.of("versionId", versionId)),
            developer,
            Map.of("User-Agent", "agreement-test/1.0"));

    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("accepted").asBoolean()).isTrue();
    assertThat(Api.get(TENANT, "/portal/api/accounts/me", developer).status()).isEqualTo(200);
    assertThat(
            Db.string(
                "SELECT d.user_agent FROM agreement_decision d JOIN developer_account a ON a.id = d.account_id"
                    + " WHERE a.email = ? AND d.version_id = ? AND d.accepted",
                email,
                versionId))
        .hasValue("agreement-test/1.0");
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM agreement_decision d JOIN developer_account a ON a.id = d.account_id"
                    + " WHERE a.email = ? AND d.version_id = ?"
                    + " AND d.ip_address IS NOT NULL AND d.decided_at IS NOT NULL",
                email,
                versionId))
        .isEqualTo(1);
  }

  @Test
  void aWrittenRefusalTerminatesTheAccount() {
    String versionId = publish(admin(), newLabel(), Instant.now()).json().get("id").asText();

    Reply noStatement =
        Api.call(
            TENANT,
            "POST",
            "/portal/api/agreement/refusals",
            Api.json(Map.of("versionId", versionId)),
            developer);
    assertThat(noStatement.status()).isEqualTo(400);

    Reply refused =
        Api.call(
            TENANT,
            "POST",
            "/portal/api/agreement/refusals",
            Api.json(Map.of("versionId", versionId, "statement", "I do not accept clause 2.")),
            developer);

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.json().get("status").asText()).isEqualTo("TERMINATED");
    assertThat(Api.tokenReply(TENANT, email, "agreement-pass").status()).isEqualTo(400);
    assertThat(
            Db.string(
                "SELECT d.statement FROM agreement_decision d JOIN developer_account a ON a.id = d.account_id"
                    + " WHERE a.email = ? AND NOT d.accepted",
                email))
        .hasValue("I do not accept clause 2.");
  }

  @Test
  void aFutureVersionDoesNotGateYetAndOnlyTheVersionInForceCanBeDecided() {
    String inForce = publish(admin(), newLabel(), Instant.now()).json().get("id").asText();
    Api.call(
        TENANT,
        "POST",
        "/portal/api/agreement/acceptances",
        Api.json(Map.of("versionId", inForce)),
        developer);
    String future =
        publish(admin(), newLabel(), Instant.now().plus(30, ChronoUnit.DAYS))
            .json()
            .get("id")
            .asText();

    assertThat(Api.get(TENANT, "/portal/api/accounts/me", developer).status()).isEqualTo(200);
    Reply early =
        Api.call(
            TENANT,
            "POST",
            "/portal/api/agreement/acceptances",
            Api.json(Map.of("versionId", future)),
            developer);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asText()).isEqualTo("agreement-not-in-force");
  }

  @Test
  void onlyTenantAdministratorsPublishAndBadVersionsAreRefused() {
    String label = newLabel();
    Reply byDeveloper = publish(developer, label, Instant.now());
    Reply byReviewer =
        publish(
            Api.token(TENANT, "reviewer@gamma.example", Stack.demoPassword()),
            label,
            Instant.now());
    Reply inThePast = publish(admin(), label, Instant.now().minus(2, ChronoUnit.DAYS));
    Reply missing =
        Api.call(TENANT, "POST", "/admin/api/agreement-versions", "{\"label\":\"x\"}", admin());
    Reply badTime =
        Api.call(
            TENANT,
            "POST",
            "/admin/api/agreement-versions",
            Api.json(Map.of("label", "y", "title", "t", "body", "b", "effectiveAt", "tomorrow")),
            admin());

    assertThat(byDeveloper.status()).isEqualTo(403);
    assertThat(byReviewer.status()).isEqualTo(403);
    assertThat(inThePast.status()).isEqualTo(400);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").findValuesAsText("field"))
        .contains("title", "body", "effectiveAt");
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(Db.count("SELECT COUNT(*) FROM agreement_version WHERE label = ?", label)).isZero();

    assertThat(publish(admin(), label, Instant.now().plus(1, ChronoUnit.DAYS)).status())
        .isEqualTo(201);
    assertThat(publish(admin(), label, Instant.now().plus(1, ChronoUnit.DAYS)).status())
        .isEqualTo(409);
  }
}
