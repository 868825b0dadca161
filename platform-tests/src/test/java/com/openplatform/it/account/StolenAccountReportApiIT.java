package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.KeycloakAdmin;
import com.openplatform.it.support.Stack;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stolen-account reports (§2.1.6): anyone reports; incomplete reports are kept with what is
 * missing; staff verify, and a confirmation locks the account and tells its owner, each step
 * recorded.
 */
class StolenAccountReportApiIT {

  private static final String REPORTS = "/portal/api/stolen-account-reports";
  private String email;

  @BeforeEach
  void anAccount() {
    email = Accounts.newEmail("stolen");
    Accounts.registerConfirmed("demo", email, "stolen-pass");
  }

  private Map<String, String> fullReport() {
    Map<String, String> report = new HashMap<>();
    report.put("accountEmail", email);
    report.put("reporterName", "李四");
    report.put("reporterEmail", "lisi@example.com");
    report.put(
        "identityInfo", "Registered as 福州示例有限公司, USCC 91350100M0001003KM; licence scan available.");
    report.put("facts", "Since yesterday someone changed my apps and I cannot sign in.");
    report.put("requests", "Lock the account and give it back to me.");
    return report;
  }

  private static String officer(String tenant) {
    return Api.token(tenant, "trust-safety@" + tenant + ".example", Stack.demoPassword());
  }

  private static Reply step(String tenant, String token, String id, String step, String note) {
    return Api.call(
        tenant,
        "POST",
        "/admin/api/stolen-account-reports/" + id + "/" + step,
        note == null ? "{}" : Api.json(Map.of("note", note)),
        token);
  }

  @Test
  void anyoneMayReportAndIncompleteReportsSayWhatIsMissing() {
    Reply complete = Api.post("demo", REPORTS, Api.json(fullReport()));
    Reply incomplete =
        Api.post("demo", REPORTS, Api.json(Map.of("accountEmail", email, "facts", "stolen!")));

    assertThat(complete.status()).isEqualTo(201);
    assertThat(complete.json().get("complete").asBoolean()).isTrue();
    assertThat(incomplete.status()).isEqualTo(201);
    assertThat(incomplete.json().get("complete").asBoolean()).isFalse();
    assertThat(incomplete.json().get("missing").toString())
        .contains("reporterName", "reporterContact", "identityInfo", "requests");

    assertThat(Api.post("demo", REPORTS, "{}").status()).isEqualTo(400);
    Map<String, String> badEmail = fullReport();
    badEmail.put("reporterEmail", "not-an-email");
    assertThat(Api.post("demo", REPORTS, Api.json(badEmail)).status()).isEqualTo(400);
    Map<String, String> unknown = fullReport();
    unknown.put("password", "x");
    assertThat(Api.post("demo", REPORTS, Api.json(unknown)).status()).isEqualTo(400);
  }

  @Test
  void aConfirmedReportLocksTheAccountAndTellsItsOwnerStepByStep() {
    String id = Api.post("demo", REPORTS, Api.json(fullReport())).json().get("id").asText();
    String officer = officer("demo");

    assertThat(step("demo", officer, id, "verification", "called the reporter back").status())
        .isEqualTo(200);
    Reply confirmed = step("demo", officer, id, "confirmation", "licence matches");

    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");
    JsonNode steps = confirmed.json().get("steps");
    assertThat(steps.findValuesAsText("step"))
        .containsExactly(
            "received", "verification-started", "confirmed", "account-locked", "owner-notified");
    assertThat(steps.get(2).get("actor").asText()).isEqualTo("trust-safety@demo.example");
    assertThat(steps.findValuesAsText("at")).allSatisfy(at -> assertThat(at).endsWith("Z"));
    assertThat(KeycloakAdmin.usersByEmail("demo", email).get(0).get("enabled").asBoolean())
        .isFalse();
    assertThat(Api.tokenReply("demo", email, "stolen-pass").status()).isEqualTo(400);
    assertThat(Accounts.awaitMails(email, "locked", 1)).hasSize(1);

    assertThat(step("demo", officer, id, "confirmation", "again").status()).isEqualTo(409);
  }

  @Test
  void onlyTheTenantsTrustAndSafetyStaffHandleReports() {
    String id = Api.post("demo", REPORTS, Api.json(fullReport())).json().get("id").asText();

    assertThat(Api.get("demo", "/admin/api/stolen-account-reports/" + id, officer("demo")).status())
        .isEqualTo(200);
    assertThat(Api.get("acme", "/admin/api/stolen-account-reports/" + id, officer("acme")).status())
        .isEqualTo(404);
    assertThat(
            Api.get("acme", "/admin/api/stolen-account-reports", officer("acme"))
                .json()
                .findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(
            Api.get(
                    "demo",
                    "/admin/api/stolen-account-reports/" + id,
                    Api.token("demo", "reviewer@demo.example", Stack.demoPassword()))
                .status())
        .isEqualTo(403);
    assertThat(step("demo", officer("demo"), id, "rejection", null).status()).isEqualTo(400);
    assertThat(
            step("demo", officer("demo"), id, "rejection", "the reporter is not the owner")
                .json()
                .get("status")
                .asText())
        .isEqualTo("REJECTED");
  }
}
