package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Numbers;
import com.openplatform.it.support.Stack;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every string field of every endpoint at its limit and one past it: at the limit the operation
 * succeeds (the column holds it), past it a 400 problem names the field — never a 500. The limits
 * come from one place per field in the EJB modules; this test holds them to the columns.
 */
class FieldLimitsApiIT {

  /** A unique, valid email address of exactly {@code length} characters (at least 30). */
  static String email(int length) {
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String domain = "@" + "b".repeat(63) + "." + "c".repeat(63) + ".com";
    int localAndRest = length - domain.length();
    if (localAndRest <= 64) {
      return unique + "a".repeat(localAndRest - unique.length()) + domain;
    }
    String local = unique + "a".repeat(64 - unique.length());
    String middle = "d".repeat(length - local.length() - domain.length() - 1) + ".";
    return local + "@" + middle + domain.substring(1);
  }

  private static String text(int length) {
    return "字".repeat(length);
  }

  private record Limit(
      String field, Function<String, Reply> send, String atLimit, String pastLimit) {}

  private static void check(List<Limit> limits) {
    for (Limit limit : limits) {
      Reply ok = limit.send().apply(limit.atLimit());
      assertThat(ok.status())
          .as(limit.field() + " at its limit (" + limit.atLimit().length() + "): " + ok.body())
          .isBetween(200, 299);
      Reply refused = limit.send().apply(limit.pastLimit());
      assertThat(refused.status())
          .as(limit.field() + " past its limit: " + refused.body())
          .isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field"))
          .as(limit.field())
          .contains(limit.field());
    }
  }

  private static String developer() {
    String email = Accounts.newEmail("limits");
    Accounts.registerConfirmed("demo", email, "limits-password");
    return Api.token("demo", email, "limits-password");
  }

  private static String staff(String role) {
    return Api.token("demo", role + "@demo.example", Stack.demoPassword());
  }

  @Test
  void registrationAndConfirmationFields() {
    assertThat(email(254)).hasSize(254);
    check(List.of(new Limit("email", e -> Accounts.register("demo", e), email(254), email(255))));
    String pending = Accounts.newEmail("limits");
    Accounts.register("demo", pending);
    String token = Accounts.token(pending);
    Reply tooLong = Accounts.confirm("demo", token, "p".repeat(129));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("errors").findValuesAsText("field")).contains("password");
    assertThat(Accounts.confirm("demo", token, "p".repeat(128)).status()).isEqualTo(200);
  }

  @Test
  void myAccountFields() {
    String token = developer();
    check(
        List.of(
            new Limit(
                "displayName",
                v ->
                    Api.call(
                        "demo",
                        "PATCH",
                        "/portal/api/accounts/me",
                        Api.json(Map.of("displayName", v)),
                        token),
                text(100),
                text(101))));
  }

  @Test
  void qualificationFields() {
    String token = developer();
    Function<Map<String, String>, Reply> put =
        form ->
            Api.call("demo", "PUT", "/portal/api/accounts/me/qualification", Api.json(form), token);
    Function<Map.Entry<String, String>, Reply> with =
        entry -> {
          Map<String, String> form = new HashMap<>();
          form.put("subjectType", "LEGAL_PERSON");
          form.put("subjectName", "Limits Ltd.");
          form.put("registrationNumber", Numbers.uscc());
          form.put("contactName", "Zhao Liu");
          form.put("contactAddress", "3 Road, Fuzhou");
          form.put("contactEmail", "zl@example.com");
          form.put("contactPhone", "0591-1234567");
          if (entry.getKey().equals("registrationNumber")) {
            form.put("numberScheme", "OTHER");
          }
          form.put(entry.getKey(), entry.getValue());
          return put.apply(form);
        };
    check(
        List.of(
            new Limit(
                "subjectName", v -> with.apply(Map.entry("subjectName", v)), text(200), text(201)),
            new Limit(
                "registrationNumber",
                v -> with.apply(Map.entry("registrationNumber", v)),
                "N".repeat(100),
                "N".repeat(101)),
            new Limit(
                "contactName", v -> with.apply(Map.entry("contactName", v)), text(200), text(201)),
            new Limit(
                "contactAddress",
                v -> with.apply(Map.entry("contactAddress", v)),
                text(500),
                text(501)),
            new Limit(
                "contactEmail",
                v -> with.apply(Map.entry("contactEmail", v)),
                email(254),
                email(255)),
            new Limit(
                "contactPhone",
                v -> with.apply(Map.entry("contactPhone", v)),
                "+" + "8".repeat(19),
                "+" + "8".repeat(20))));
    Reply longName =
        Api.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        Stack.siteOf("demo")
                            + "/portal/api/accounts/me/qualification/documents?name="
                            + "n".repeat(196)
                            + ".pdf"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/pdf")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("%PDF-1.4\n%%EOF\n"))
                .build());
    assertThat(longName.status()).as(longName.body()).isEqualTo(201);
  }

  @Test
  void stolenAccountReportFields() {
    Function<Map.Entry<String, String>, Reply> with =
        entry -> {
          Map<String, String> form = new HashMap<>();
          form.put("accountEmail", "someone@example.com");
          form.put("facts", "It was taken.");
          form.put(entry.getKey(), entry.getValue());
          return Api.post("demo", "/portal/api/stolen-account-reports", Api.json(form));
        };
    check(
        List.of(
            new Limit(
                "accountEmail",
                v -> with.apply(Map.entry("accountEmail", v)),
                email(254),
                email(255)),
            new Limit(
                "reporterName",
                v -> with.apply(Map.entry("reporterName", v)),
                text(254),
                text(255)),
            new Limit(
                "reporterEmail",
                v -> with.apply(Map.entry("reporterEmail", v)),
                email(254),
                email(255)),
            new Limit(
                "reporterPhone",
                v -> with.apply(Map.entry("reporterPhone", v)),
                "1".repeat(30),
                "1".repeat(31)),
            new Limit(
                "identityInfo",
                v -> with.apply(Map.entry("identityInfo", v)),
                text(5000),
                text(5001)),
            new Limit("facts", v -> with.apply(Map.entry("facts", v)), text(5000), text(5001)),
            new Limit(
                "requests", v -> with.apply(Map.entry("requests", v)), text(5000), text(5001))));
  }

  @Test
  void staffFields() {
    String email = Accounts.newEmail("limits");
    String accountId = Accounts.registerConfirmed("demo", email, "limits-password");
    String other =
        Accounts.registerConfirmed("demo", Accounts.newEmail("limits"), "limits-password");
    String officer = staff("trust-safety");
    String admin = staff("tenant-admin");
    String[] action = {"restrict"};
    check(
        List.of(
            new Limit(
                "reason",
                v -> {
                  Reply r =
                      Api.call(
                          "demo",
                          "POST",
                          "/admin/api/accounts/" + accountId + "/status-changes",
                          Api.json(Map.of("action", action[0], "reason", v)),
                          officer);
                  if (r.status() == 200) {
                    action[0] = action[0].equals("restrict") ? "reinstate" : "restrict";
                  }
                  return r;
                },
                text(1000),
                text(1001)),
            new Limit(
                "reason",
                v ->
                    Api.call(
                        "demo",
                        "POST",
                        "/admin/api/affiliations",
                        Api.json(Map.of("accountIds", List.of(accountId, other), "reason", v)),
                        officer),
                text(1000),
                text(1001))));
    Function<Map.Entry<String, String>, Reply> version =
        entry -> {
          Map<String, String> form = new HashMap<>();
          form.put("label", "L" + UUID.randomUUID().toString().substring(0, 8));
          form.put("title", "Limits");
          form.put("body", "Body");
          form.put("effectiveAt", Instant.now().plusSeconds(86_400 * 365L).toString());
          if (entry.getKey().equals("label")) {
            form.put("label", entry.getValue());
          } else {
            form.put(entry.getKey(), entry.getValue());
          }
          return Api.call("demo", "POST", "/admin/api/agreement-versions", Api.json(form), admin);
        };
    String label = UUID.randomUUID().toString().replace("-", "");
    check(
        List.of(
            new Limit(
                "label",
                v -> version.apply(Map.entry("label", v)),
                label.substring(0, 32),
                label + "x"),
            new Limit("title", v -> version.apply(Map.entry("title", v)), text(200), text(201)),
            new Limit(
                "body",
                v -> version.apply(Map.entry("body", v)),
                "b".repeat(200_000),
                "b".repeat(200_001))));
    Reply report =
        Api.post(
            "demo",
            "/portal/api/stolen-account-reports",
            Api.json(Map.of("accountEmail", email, "facts", "taken")));
    String reportId = report.json().get("id").asText();
    Reply tooLongNote =
        Api.call(
            "demo",
            "POST",
            "/admin/api/stolen-account-reports/" + reportId + "/verification",
            Api.json(Map.of("note", text(5001))),
            officer);
    assertThat(tooLongNote.status()).isEqualTo(400);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    "/admin/api/stolen-account-reports/" + reportId + "/verification",
                    Api.json(Map.of("note", text(5000))),
                    officer)
                .status())
        .isEqualTo(200);
  }
}
