package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Numbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Affiliated entities (§5.4, §5.7): a shared registration number or a staff declaration puts
 * accounts in one entity group; once a member is banned, the entity's numbers are refused to new
 * accounts.
 */
class AffiliatesApiIT {

  private record Dev(String id, String token) {}

  private static Dev developer() {
    String email = Accounts.newEmail("aff");
    String id = Accounts.registerConfirmed("demo", email, "affiliate-pass");
    return new Dev(id, Api.token("demo", email, "affiliate-pass"));
  }

  private static Reply submit(Dev dev, String number) {
    return submit(dev, number, null);
  }

  private static Reply submit(Dev dev, String number, String scheme) {
    Map<String, String> form = new HashMap<>();
    form.put("subjectType", "LEGAL_PERSON");
    if (scheme != null) {
      form.put("numberScheme", scheme);
    }
    form.put("subjectName", "Example Holdings");
    form.put("registrationNumber", number);
    form.put("contactName", "Wang Wu");
    form.put("contactAddress", "2 Road, Fuzhou");
    form.put("contactEmail", "ww@example.com");
    form.put("contactPhone", "0591-7654321");
    return Api.call(
        "demo", "PUT", "/portal/api/accounts/me/qualification", Api.json(form), dev.token());
  }

  private static JsonNode group(String accountId) {
    return Api.get(
            "demo", "/admin/api/affiliations/" + accountId, Api.staffToken("demo", "reviewer"))
        .json();
  }

  @Test
  void aSharedNumberOrADeclarationMakesOneEntityAndABanKeepsItOut() {
    String number = Numbers.uscc();
    String declaredNumber = Numbers.uscc();
    Dev first = developer();
    Dev sameNumber = developer();
    Dev declared = developer();
    assertThat(submit(first, number).status()).isEqualTo(200);
    assertThat(submit(sameNumber, number).status()).isEqualTo(200);
    assertThat(submit(declared, declaredNumber).status()).isEqualTo(200);

    assertThat(group(first.id()).get("members").findValuesAsText("accountId"))
        .contains(first.id(), sameNumber.id());

    String officer = Api.staffToken("demo", "trust-safety");
    Reply declaration =
        Api.call(
            "demo",
            "POST",
            "/admin/api/affiliations",
            Api.json(
                Map.of(
                    "accountIds",
                    List.of(first.id(), declared.id()),
                    "reason",
                    "subsidiary (annual report 2025)")),
            officer);
    assertThat(declaration.status()).isEqualTo(200);
    JsonNode members = group(first.id()).get("members");
    assertThat(members.findValuesAsText("accountId"))
        .contains(first.id(), sameNumber.id(), declared.id());
    assertThat(members.findValuesAsText("via"))
        .contains("declared: subsidiary (annual report 2025)", "registration-number");

    Api.call(
        "demo",
        "POST",
        "/admin/api/accounts/" + first.id() + "/status-changes",
        Api.json(Map.of("action", "ban", "reason", "repeated infringement")),
        officer);
    assertThat(group(sameNumber.id()).get("banned").asBoolean()).isTrue();

    Dev newcomer = developer();
    Reply again = submit(newcomer, number);
    Reply viaAffiliate = submit(newcomer, declaredNumber);
    assertThat(again.status()).isEqualTo(403);
    assertThat(again.json().get("code").asText()).isEqualTo("entity-banned");
    assertThat(again.json().get("detail").asText()).contains("§5.4");
    assertThat(viaAffiliate.status()).isEqualTo(403);
    assertThat(submit(newcomer, Numbers.uscc()).status()).isEqualTo(200);
  }

  /**
   * §5.4: a banned entity's number stays refused however it is written — as "another kind of
   * number", with spaces, hyphens, lower case or full-width characters.
   */
  @Test
  void aBannedNumberCannotComeBackInDisguise() {
    String number = Numbers.uscc();
    Dev banned = developer();
    assertThat(submit(banned, number).status()).isEqualTo(200);
    Api.call(
        "demo",
        "POST",
        "/admin/api/accounts/" + banned.id() + "/status-changes",
        Api.json(Map.of("action", "ban", "reason", "fraud")),
        Api.staffToken("demo", "trust-safety"));

    Dev newcomer = developer();
    String spaced =
        number.substring(0, 6) + " " + number.substring(6, 12) + " " + number.substring(12);
    String hyphened = number.substring(0, 8) + "-" + number.substring(8);
    StringBuilder fullWidth = new StringBuilder();
    number.chars().forEach(c -> fullWidth.append((char) (c + 0xFEE0)));
    for (Reply reply :
        List.of(
            submit(newcomer, number, "OTHER"),
            submit(newcomer, spaced),
            submit(newcomer, hyphened.toLowerCase(), "OTHER"),
            submit(newcomer, fullWidth.toString()))) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(403);
      assertThat(reply.json().get("code").asText()).isEqualTo("entity-banned");
    }
    assertThat(submit(newcomer, "HRB 12345 B", "OTHER").status()).isEqualTo(200);
  }

  @Test
  void declarationsNeedTrustAndSafetyAReasonAndTwoAccountsOfTheTenant() {
    Dev a = developer();
    Dev b = developer();
    String body = Api.json(Map.of("accountIds", List.of(a.id(), b.id()), "reason", "same owner"));

    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    "/admin/api/affiliations",
                    body,
                    Api.staffToken("demo", "reviewer"))
                .status())
        .isEqualTo(403);
    assertThat(
            Api.call(
                    "acme",
                    "POST",
                    "/admin/api/affiliations",
                    body,
                    Api.staffToken("acme", "trust-safety"))
                .status())
        .isEqualTo(404);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    "/admin/api/affiliations",
                    Api.json(Map.of("accountIds", List.of(a.id()), "reason", "alone")),
                    Api.staffToken("demo", "trust-safety"))
                .status())
        .isEqualTo(400);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    "/admin/api/affiliations",
                    Api.json(Map.of("accountIds", List.of(a.id(), b.id()))),
                    Api.staffToken("demo", "trust-safety"))
                .status())
        .isEqualTo(400);
    assertThat(
            Api.get("acme", "/admin/api/affiliations/" + a.id(), Api.staffToken("acme", "reviewer"))
                .status())
        .isEqualTo(404);
    assertThat(group(a.id()).get("members")).hasSize(1);
  }
}
