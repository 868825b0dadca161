package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.KeycloakAdmin;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Registration by email (§2.1.1, §2.1.2) through the REST API, against the real MariaDB, Keycloak
 * and mail server: the address's owner — whoever holds the mailed link — chooses the password.
 */
class RegistrationApiIT {

  private static final String REGISTER = "/portal/api/registrations";

  private static String newEmail() {
    return Accounts.newEmail("dev");
  }

  private static int rows(String email) {
    return Db.count("SELECT COUNT(*) FROM developer_account WHERE email = ?", email);
  }

  @Test
  void registersAPendingAccountThatTheMailedLinkActivatesWithThePasswordChosenThere() {
    String email = newEmail();

    Reply reply = Accounts.register("demo", email);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header("Location")).endsWith("/portal/api/accounts/me");
    JsonNode account = reply.json();
    assertThat(account.get("email").asText()).isEqualTo(email);
    assertThat(account.get("status").asText()).isEqualTo("PENDING");
    assertThat(Db.string("SELECT tenant_id FROM developer_account WHERE email = ?", email))
        .hasValue("demo");
    assertThat(KeycloakAdmin.usersByEmail("demo", email)).isEmpty();

    String link = Accounts.link(email);
    assertThat(link).startsWith("http://demo.localhost:");
    Reply confirmed = Accounts.confirm("demo", Accounts.token(email), "correct-horse");
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(KeycloakAdmin.usersByEmail("demo", email)).hasSize(1);
    assertThat(KeycloakAdmin.usersByEmail("acme", email)).isEmpty();

    String token = Api.token("demo", email, "correct-horse");
    Reply gated = Api.get("demo", "/portal/api/accounts/me", token);
    assertThat(gated.status()).isEqualTo(403);
    assertThat(gated.json().get("code").asText()).isEqualTo("agreement-not-accepted");
    Accounts.acceptAgreement("demo", token);
    Reply me = Api.get("demo", "/portal/api/accounts/me", token);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("id").asText()).isEqualTo(account.get("id").asText());
  }

  /**
   * §2.1.2: whoever registers an address first gains nothing — the owner registers again, follows
   * the newest link and chooses the password; the earlier link and the earlier registrant's guesses
   * are worthless.
   */
  @Test
  void whoeverRegisteredAVictimsAddressFirstCannotTakeTheAccount() {
    String victim = newEmail();
    assertThat(Accounts.register("demo", victim).status()).isEqualTo(201);
    String attackersLink = Accounts.token(victim);

    Reply ownerRegisters = Accounts.register("demo", victim);
    assertThat(ownerRegisters.status()).isEqualTo(201);
    String ownersLink = Accounts.token(victim);
    assertThat(ownersLink).isNotEqualTo(attackersLink);

    assertThat(Accounts.confirm("demo", attackersLink, "attacker-pass").status()).isEqualTo(400);
    assertThat(Accounts.confirm("demo", ownersLink, "owners-password").status()).isEqualTo(200);
    assertThat(rows(victim)).isEqualTo(1);
    assertThat(Api.tokenReply("demo", victim, "attacker-pass").status()).isNotEqualTo(200);
    assertThat(Api.tokenReplySoon("demo", victim, "owners-password").status()).isEqualTo(200);
    assertThat(Accounts.register("demo", victim).status()).isEqualTo(409);
  }

  @Test
  void openingTheLinkConfirmsNothingOnlyTheButtonDoes() throws Exception {
    String email = newEmail();
    Accounts.register("demo", email);
    String link = Accounts.link(email);

    Reply scanned =
        Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).GET().build());

    assertThat(scanned.status()).isEqualTo(200);
    assertThat(scanned.body()).contains(email);
    assertThat(Db.string("SELECT status FROM developer_account WHERE email = ?", email))
        .hasValue("PENDING");
    assertThat(Accounts.confirm("demo", Accounts.token(email), "still-mine-10").status())
        .isEqualTo(200);
  }

  @Test
  void aConfirmationLinkWorksOnceAndOnlyOnItsTenant() {
    String email = newEmail();
    Accounts.register("demo", email);
    String token = Accounts.token(email);

    Reply elsewhere = Accounts.confirm("acme", token, "correct-horse");
    Reply first = Accounts.confirm("demo", token, "correct-horse");
    Reply again = Accounts.confirm("demo", token, "correct-horse");
    Reply forged = Accounts.confirm("demo", "forged-token", "correct-horse");

    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("code").asText()).isEqualTo("confirmation-invalid");
    assertThat(forged.status()).isEqualTo(400);
  }

  @Test
  void theChosenPasswordMustFollowTheRulesAndAFailedTryKeepsTheLink() {
    String email = newEmail();
    Accounts.register("demo", email);
    String token = Accounts.token(email);

    Reply missing = Accounts.confirm("demo", token, null);
    Reply weak = Accounts.confirm("demo", token, "short");
    Reply itsOwnAddress = Accounts.confirm("demo", token, email.toUpperCase());

    assertThat(missing.status()).isEqualTo(400);
    assertThat(weak.json().get("errors").get(0).get("code").asText()).isEqualTo("password-weak");
    assertThat(itsOwnAddress.json().get("errors").get(0).get("code").asText())
        .isEqualTo("password-identity");
    assertThat(KeycloakAdmin.usersByEmail("demo", email)).isEmpty();
    assertThat(Accounts.confirm("demo", token, "finally-good").status()).isEqualTo(200);
  }

  @Test
  void aNewLinkCanBeRequestedWithoutRevealingWhoIsRegistered() {
    String email = newEmail();
    Accounts.register("demo", email);

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
  void theMailComesFromTheTenantWithAFromHeader() throws Exception {
    String email = newEmail();
    Accounts.register("demo", email);
    Accounts.token(email);

    List<MimeMessage> mails = Accounts.mailsTo(email);
    MimeMessage mail = mails.get(mails.size() - 1);

    assertThat(mail.getHeader("From")).isNotNull();
    assertThat(mail.getFrom()[0].toString()).contains("Demo Open Platform");
  }

  @Test
  void invalidEmailIsRefusedWithProblemDetailsAndWritesNothing() {
    Reply reply = Accounts.register("demo", "not-an-email");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("type").asText()).isEqualTo("urn:open-platform:problem:invalid-input");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("email");
    assertThat(rows("not-an-email")).isZero();
  }

  @Test
  void aPasswordAtRegistrationIsRefusedAsAnUnknownField() {
    Reply reply =
        Api.post(
            "demo", REGISTER, Api.json(Map.of("email", newEmail(), "password", "chosen-early")));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
  }

  @Test
  void anActiveAddressConflictsAndKeepsOneAccount() {
    String email = newEmail();
    Accounts.registerConfirmed("demo", email, "correct-horse");

    Reply again = Accounts.register("demo", email.toUpperCase());

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asText()).isEqualTo("email-taken");
    assertThat(rows(email)).isEqualTo(1);
    assertThat(KeycloakAdmin.usersByEmail("demo", email)).hasSize(1);
  }

  @Test
  void theSameEmailIsAnotherAccountOnAnotherTenant() {
    String email = newEmail();
    assertThat(Accounts.register("demo", email).status()).isEqualTo(201);
    assertThat(Accounts.register("acme", email).status()).isEqualTo(201);

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
        Api.post("demo", REGISTER, Api.json(Map.of("email", email, "role", "admin")));
    Reply wrongType = Api.post("demo", REGISTER, "{\"email\": 42}");
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

  /**
   * Issue 22 item 1 (§2.1.1): registering the address of an existing staff sign-in (here an
   * entrusted reviewer organisation's, made by a tenant administrator) answers like any other
   * registration, and confirming the mailed link is refused: the staff sign-in keeps its password
   * and its roles and gets no developer role. A user made by hand in Keycloak is not taken over
   * either. Failed before the fix: the confirmer's password replaced the reviewer's and the token
   * carried {@code org-reviewer, developer}.
   */
  @Test
  void registeringAStaffAddressTakesNoSignInOver() {
    String admin = Api.staffToken("demo", "tenant-admin");
    Reply organisation =
        Api.call(
            "demo",
            "POST",
            "/admin/api/reviewer-organisations",
            Api.json(
                Map.of("name", "Takeover Check " + UUID.randomUUID(), "contact", "c@example.com")),
            admin);
    assertThat(organisation.status()).as(organisation.body()).isEqualTo(201);
    String staff = Accounts.newEmail("staff");
    Reply member =
        Api.call(
            "demo",
            "POST",
            "/admin/api/reviewer-organisations/"
                + organisation.json().get("id").asText()
                + "/members",
            Api.json(Map.of("email", staff, "password", "staff-password-1")),
            admin);
    assertThat(member.status()).as(member.body()).isEqualTo(201);

    Reply registered = Accounts.register("demo", staff);
    assertThat(registered.status()).as("answers like any registration").isEqualTo(201);
    Reply confirmed = Accounts.confirm("demo", Accounts.token(staff), "taken-over-pw-1");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(409);
    assertThat(confirmed.json().get("code").asText()).isEqualTo("address-in-use");

    Reply takenOver = Api.tokenReply("demo", staff, "taken-over-pw-1");
    assertThat(takenOver.status()).isNotEqualTo(200);
    assertThat(takenOver.body()).contains("Invalid user credentials");
    // the administrator's first password is still the one Keycloak knows (the reviewer has yet
    // to choose their own, issue 22 item 4), and the sign-in's roles are as they were
    // (right after a wrong attempt Keycloak refuses the user for a moment: asked again briefly)
    org.awaitility.Awaitility.await("the staff password is still the one")
        .atMost(java.time.Duration.ofSeconds(5))
        .pollInterval(java.time.Duration.ofMillis(200))
        .until(
            () ->
                Api.tokenReply("demo", staff, "staff-password-1")
                    .body()
                    .contains("not fully set up"));
    assertThat(KeycloakAdmin.realmRoles("demo", staff))
        .contains("org-reviewer")
        .doesNotContain("developer");
    assertThat(KeycloakAdmin.usersByEmail("demo", staff)).hasSize(1);

    String handMade = Accounts.newEmail("by-hand");
    KeycloakAdmin.createUser("demo", handMade, "hand-made-pw-1");
    Accounts.register("demo", handMade);
    assertThat(Accounts.confirm("demo", Accounts.token(handMade), "taken-over-pw-2").status())
        .isEqualTo(409);
    assertThat(Api.tokenReplySoon("demo", handMade, "hand-made-pw-1").status()).isEqualTo(200);
  }
}
