package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.KeycloakAdmin;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account's permanent identity (§2.1.1) and its status, changed only by named operations of
 * staff that are checked, recorded and enforced at sign-in.
 */
class AccountLifecycleApiIT {

  private String email;
  private String accountId;
  private String developer;

  @BeforeEach
  void anActiveDeveloper() {
    email = Accounts.newEmail("life");
    accountId = Accounts.registerConfirmed("demo", email, "lifecycle-pass");
    developer = Api.token("demo", email, "lifecycle-pass");
  }

  private Reply change(String tenant, String token, String action, String reason) {
    return Api.call(
        tenant,
        "POST",
        "/admin/api/accounts/" + accountId + "/status-changes",
        Api.json(
            reason == null ? Map.of("action", action) : Map.of("action", action, "reason", reason)),
        token);
  }

  @Test
  void theEmailCannotBeChangedAndTheAccountCannotBeTransferred() {
    Reply email =
        Api.call(
            "demo",
            "PUT",
            "/portal/api/accounts/me/email",
            "{\"email\":\"new@example.com\"}",
            developer);
    Reply transfer =
        Api.call(
            "demo",
            "POST",
            "/portal/api/accounts/me/transfers",
            "{\"recipient\":\"heir@example.com\"}",
            developer);

    assertThat(email.status()).isEqualTo(409);
    assertThat(email.json().get("code").asText()).isEqualTo("email-permanent");
    assertThat(email.json().get("detail").asText()).contains("§2.1.1");
    assertThat(transfer.status()).isEqualTo(409);
    assertThat(transfer.json().get("code").asText()).isEqualTo("account-not-transferable");
    assertThat(Api.get("demo", "/portal/api/accounts/me", developer).json().get("email").asText())
        .isEqualTo(this.email);
  }

  @Test
  void suspensionIsRecordedAndLocksSignInUntilReinstated() {
    String officer = Api.staffToken("demo", "trust-safety");

    Reply suspended = change("demo", officer, "suspend", "complaint 42 under review");

    assertThat(suspended.status()).isEqualTo(200);
    assertThat(suspended.json().get("status").asText()).isEqualTo("SUSPENDED");
    assertThat(KeycloakAdmin.usersByEmail("demo", email).get(0).get("enabled").asBoolean())
        .isFalse();
    assertThat(Api.tokenReply("demo", email, "lifecycle-pass").status()).isEqualTo(400);

    assertThat(
            change("demo", officer, "reinstate", "complaint rejected")
                .json()
                .get("status")
                .asText())
        .isEqualTo("ACTIVE");
    assertThat(Api.tokenReply("demo", email, "lifecycle-pass").status()).isEqualTo(200);

    Reply history =
        Api.get("demo", "/admin/api/accounts/" + accountId + "/status-changes", officer);
    assertThat(history.json().findValuesAsText("action"))
        .containsExactly("register", "confirm-email", "suspend", "reinstate");
    assertThat(history.json().get(2).get("reason").asText()).isEqualTo("complaint 42 under review");
    assertThat(history.json().get(2).get("actor").asText()).isEqualTo("trust-safety@demo.example");
  }

  @Test
  void aBannedAccountCannotSignInAndCannotComeBackByReinstatement() {
    String officer = Api.staffToken("demo", "trust-safety");

    assertThat(
            change("demo", officer, "ban", "repeated infringement").json().get("status").asText())
        .isEqualTo("BANNED");
    Reply reinstate = change("demo", officer, "reinstate", "mistake?");

    assertThat(reinstate.status()).isEqualTo(409);
    assertThat(reinstate.json().get("code").asText()).isEqualTo("status-transition");
    assertThat(Api.tokenReply("demo", email, "lifecycle-pass").status()).isEqualTo(400);
  }

  @Test
  void statusChangesAreRefusedWithoutReasonOrRightsAndChangeNothing() {
    String officer = Api.staffToken("demo", "trust-safety");

    assertThat(change("demo", officer, "suspend", null).status()).isEqualTo(400);
    assertThat(change("demo", officer, "delete", "no such operation").status()).isEqualTo(400);
    assertThat(change("demo", officer, "confirm-email", "not for staff").status()).isEqualTo(400);
    assertThat(
            change("demo", Api.staffToken("demo", "reviewer"), "suspend", "reviewers may not")
                .status())
        .isEqualTo(403);
    assertThat(change("demo", developer, "suspend", "developers may not").status()).isEqualTo(403);
    assertThat(
            change("acme", Api.staffToken("acme", "trust-safety"), "suspend", "another tenant")
                .status())
        .isEqualTo(404);
    assertThat(Api.get("demo", "/portal/api/accounts/me", developer).json().get("status").asText())
        .isEqualTo("ACTIVE");
  }
}
