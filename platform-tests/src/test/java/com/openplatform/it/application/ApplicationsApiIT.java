package com.openplatform.it.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.AppTokenRequest;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.KeycloakAdmin;
import com.openplatform.it.support.Probe;
import com.openplatform.it.support.Stack;
import com.openplatform.keycloak.AppCredential;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Applications on the real stack (§2.5–§2.8): register with the name rules, review with reasons,
 * AppID and AppSecret through the tenant's Keycloak (client credentials), the access decision, and
 * taking an application offline for good; nobody reaches another developer's or tenant's apps.
 */
class ApplicationsApiIT {

  private static final String MINE = "/portal/api/apps";
  private static final String STAFF = "/admin/api/apps";

  private static String developer(String tenant, String prefix) {
    String email = Accounts.newEmail(prefix);
    Accounts.registerConfirmed(tenant, email, "apps-password-1");
    return Api.token(tenant, email, "apps-password-1");
  }

  private static Map<String, Object> form(String name) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("description", "Forecasts for the next hours.");
    form.put("category", "TOOLS");
    form.put("website", "https://weather.example.com");
    form.put("privacyPolicyUrl", "https://weather.example.com/privacy");
    form.put("customerService", "support@weather.example.com");
    form.put("claimsContact", "legal@weather.example.com");
    form.put("poweredByAcknowledged", true);
    return form;
  }

  /** An application of {@code dev}'s, approved by the demo reviewer: its id and its AppID. */
  private record Approved(String id, String appId) {}

  private static Approved approved(String dev, String name) {
    String id =
        Api.call("demo", "POST", MINE, Api.json(form(unique(name))), dev).json().get("id").asText();
    Api.Reply approval =
        Api.call(
            "demo",
            "POST",
            STAFF + "/" + id + "/approval",
            "{}",
            Api.staffToken("demo", "reviewer"));
    assertThat(approval.status()).as(approval.body()).isEqualTo(200);
    return new Approved(id, approval.json().get("appId").asText());
  }

  private static String unique(String base) {
    return base + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void registerReviewCredentialsAccessAndOffline() {
    String dev = developer("demo", "app");
    String name = unique("Weather Now");
    Api.Reply registered = Api.call("demo", "POST", MINE, Api.json(form(name)), dev);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    JsonNode app = registered.json();
    String id = app.get("id").asText();
    assertThat(app.get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(app.get("history").get(0).get("action").asText()).isEqualTo("submit");

    String reviewer = Api.staffToken("demo", "reviewer");
    Api.Reply rejected =
        Api.call(
            "demo",
            "POST",
            STAFF + "/" + id + "/rejection",
            "{\"reason\":\"privacy policy page is empty\"}",
            reviewer);
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    JsonNode seen = Api.get("demo", MINE + "/" + id, dev).json();
    assertThat(seen.get("state").asText()).isEqualTo("REJECTED");
    // the reviewers' reason, from the operator: not the reviewer's address (issue 22 item 3)
    assertThat(seen.get("history").toString())
        .contains("privacy policy page is empty", "Demo Open Platform")
        .doesNotContain("reviewer@");

    Api.Reply resubmitted = Api.call("demo", "PUT", MINE + "/" + id, Api.json(form(name)), dev);
    assertThat(resubmitted.json().get("state").asText()).isEqualTo("SUBMITTED");

    Api.Reply approved = Api.call("demo", "POST", STAFF + "/" + id + "/approval", "{}", reviewer);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    String appId = approved.json().get("appId").asText();
    assertThat(appId).startsWith("op");
    // §2.5.6, §6.1: the developer is told through the notices module, inbox and email
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                Api.get("demo", "/notices/api/me/inbox", dev)
                    .json()
                    .get("items")
                    .findValuesAsText("subjectEn")
                    .stream()
                    .anyMatch(s -> s.equals("Application approved: " + name)));

    String runtime = Api.staffToken("demo", "runtime");
    assertThat(decision(appId, "new-user", runtime).get("allowed").asBoolean()).isTrue();

    Api.Reply secret = Api.call("demo", "POST", MINE + "/" + id + "/secret", null, dev);
    assertThat(secret.status()).as(secret.body()).isEqualTo(201);
    String first = secret.json().get("appSecret").asText();
    assertThat(secret.json().get("tokenEndpoint").asText())
        .isEqualTo(AppTokenRequest.endpoint("demo"));
    assertThat(clientCredentials(appId, first).status()).isEqualTo(200);
    JsonNode client = KeycloakAdmin.client("demo", appId);
    assertThat(client.get("clientAuthenticatorType").asText()).isEqualTo("op-app-credential");
    assertThat(KeycloakAdmin.realm("demo").get("clientAuthenticationFlow").asText())
        .isEqualTo("op-clients");
    assertThat(client.toString())
        .as("Keycloak keeps only the secret's digest")
        .doesNotContain(first)
        .contains(AppCredential.digest(first));
    assertThat(Db.count("SELECT COUNT(*) FROM application WHERE app_id = '" + appId + "'"))
        .isEqualTo(1);
    assertThat(
            Db.count("SELECT COUNT(*) FROM application_event WHERE reason LIKE '%" + first + "%'"))
        .as("the secret is never stored by the platform")
        .isZero();

    String second =
        Api.call("demo", "POST", MINE + "/" + id + "/secret", null, dev)
            .json()
            .get("appSecret")
            .asText();
    assertThat(clientCredentials(appId, first).status()).as("the old secret").isEqualTo(401);
    assertThat(clientCredentials(appId, second).status()).isEqualTo(200);

    Api.Reply changed = Api.call("demo", "PUT", MINE + "/" + id, Api.json(form(name)), dev);
    assertThat(changed.json().get("state").asText()).isEqualTo("SUBMITTED");
    assertThat(clientCredentials(appId, second).status())
        .as("changed, so back in review: no tokens")
        .isEqualTo(401);
    Api.Reply again = Api.call("demo", "POST", STAFF + "/" + id + "/approval", "{}", reviewer);
    assertThat(again.json().get("appId").asText()).isEqualTo(appId);
    assertThat(clientCredentials(appId, second).status()).as("approved again").isEqualTo(200);

    String trustSafety = Api.staffToken("demo", "trust-safety");
    Api.Reply offline =
        Api.call(
            "demo", "POST", STAFF + "/" + id + "/offline", "{\"reason\":\"malware\"}", trustSafety);
    assertThat(offline.status()).as(offline.body()).isEqualTo(200);
    JsonNode denied = decision(appId, "existing-user", runtime);
    assertThat(denied.get("allowed").asBoolean()).isFalse();
    assertThat(denied.get("reason").asText()).isEqualTo("offline");
    assertThat(clientCredentials(appId, second).status()).isNotEqualTo(200);

    Api.Reply modified = Api.call("demo", "PUT", MINE + "/" + id, Api.json(form(name)), dev);
    assertThat(modified.status()).isEqualTo(409);
    assertThat(modified.json().get("code").asText()).isEqualTo("app-offline");
    assertThat(decision(appId, "new-user", runtime).get("reason").asText()).isEqualTo("offline");
  }

  @Test
  void namesAreUniqueAfterNormalisationAndAvoidProtectedMarks() {
    String dev = developer("demo", "names");
    String other = developer("demo", "names2");
    String base = "Sky " + UUID.randomUUID().toString().substring(0, 6);
    assertThat(Api.call("demo", "POST", MINE, Api.json(form(base)), dev).status()).isEqualTo(201);
    Api.Reply same =
        Api.call("demo", "POST", MINE, Api.json(form("  " + base.toUpperCase() + "!")), other);
    assertThat(same.status()).isEqualTo(409);
    assertThat(same.json().get("code").asText()).isEqualTo("app-name-taken");
    // issue 22 item 13: the clause that applies (one name an app users can tell apart), not §2.5.6
    assertThat(same.json().get("detail").asText()).contains("§2.5.7").doesNotContain("§2.5.6");

    String mark = "测试" + UUID.randomUUID().toString().substring(0, 4);
    Api.Reply added =
        Api.call(
            "demo",
            "POST",
            "/admin/api/protected-marks",
            "{\"mark\":\"" + mark + "\"}",
            Api.staffToken("demo", "tenant-admin"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    // the mark's pinyin (ceshi…) embedded in a Latin name is refused, naming the mark
    String pinyin = "Ceshi" + mark.substring(2) + " Helper";
    Api.Reply refused = Api.call("demo", "POST", MINE, Api.json(form(pinyin)), other);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("code").asText()).isEqualTo("app-name-protected");
    assertThat(refused.json().get("detail").asText())
        .contains(mark)
        .contains("§2.6.4(3)")
        .doesNotContain("§2.5.6");

    Api.Reply reviewerAdds =
        Api.call(
            "demo",
            "POST",
            "/admin/api/protected-marks",
            "{\"mark\":\"Another\"}",
            Api.staffToken("demo", "reviewer"));
    assertThat(reviewerAdds.status()).isEqualTo(403);
  }

  @Test
  void badInputIsRefusedAndWritesNothing() {
    String dev = developer("demo", "badapp");
    int before = Db.count("SELECT COUNT(*) FROM application");
    Map<String, Object> bad = form("x".repeat(51));
    bad.put("privacyPolicyUrl", "javascript:alert(1)");
    bad.put("category", "NOPE");
    bad.put("poweredByAcknowledged", false);
    Api.Reply reply = Api.call("demo", "POST", MINE, Api.json(bad), dev);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").toString())
        .contains("name", "privacyPolicyUrl", "category", "poweredByAcknowledged");
    assertThat(Api.call("demo", "POST", MINE, "{not json", dev).status()).isEqualTo(400);
    assertThat(Db.count("SELECT COUNT(*) FROM application")).isEqualTo(before);
    assertThat(decision("", "new-user", Api.staffToken("demo", "tenant-admin"))).isNull();
  }

  @Test
  void nobodyReachesAnotherDevelopersOrTenantsApplications() {
    String dev = developer("demo", "own");
    String id =
        Api.call("demo", "POST", MINE, Api.json(form(unique("Mine Only"))), dev)
            .json()
            .get("id")
            .asText();
    String stranger = developer("demo", "stranger");
    assertThat(Api.get("demo", MINE + "/" + id, stranger).status()).isEqualTo(404);
    assertThat(Api.call("demo", "POST", MINE + "/" + id + "/secret", null, stranger).status())
        .isEqualTo(404);
    assertThat(Api.get("demo", MINE, stranger).json().get("total").asLong()).isZero();
    // a developer is not staff
    assertThat(Api.get("demo", STAFF + "/" + id, dev).status()).isEqualTo(403);
    // another tenant's staff: not found (their token is not even accepted on demo's site)
    String acmeReviewer = Api.staffToken("acme", "reviewer");
    assertThat(Api.get("acme", STAFF + "/" + id, acmeReviewer).status()).isEqualTo(404);
    assertThat(Api.get("demo", STAFF + "/" + id, acmeReviewer).status()).isEqualTo(401);
    String acmeDev = developer("acme", "acmeapp");
    assertThat(Api.get("acme", MINE + "/" + id, acmeDev).status()).isEqualTo(404);
  }

  /** The access decision, or null when refused as bad input (400). */
  @Test
  void detailsAreKeptAndBadListsRefused() {
    String dev = developer("demo", "details");
    Map<String, Object> f = form(unique("Tide Tables"));
    f.put("domains", java.util.List.of("Tide.Example.com", "潮汐.example.cn", "tide.example.com"));
    f.put("links", java.util.List.of("https://apps.example.com/tide"));
    f.put("thirdPartyAccounts", java.util.List.of("weibo:tide", ""));
    Api.Reply created = Api.call("demo", "POST", MINE, Api.json(f), dev);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode app = created.json();
    assertThat(app.get("domains").toString())
        .isEqualTo("[\"tide.example.com\",\"xn--usw99d.example.cn\"]");
    assertThat(app.get("links").get(0).asText()).isEqualTo("https://apps.example.com/tide");
    assertThat(app.get("thirdPartyAccounts").toString()).isEqualTo("[\"weibo:tide\"]");
    assertThat(app.get("missingDocuments").size()).isZero();

    long before = Db.count("SELECT COUNT(*) FROM application");
    for (Map.Entry<String, Object> bad :
        java.util.List.<Map.Entry<String, Object>>of(
            Map.entry("domains", java.util.List.of("not a domain")),
            Map.entry("links", java.util.List.of("javascript:alert(1)")),
            Map.entry("thirdPartyAccounts", java.util.List.of("x".repeat(101))),
            Map.entry(
                "domains",
                java.util.stream.IntStream.range(0, 11)
                    .mapToObj(i -> "d" + i + ".example.com")
                    .toList()))) {
      Map<String, Object> g = form(unique("Bad Lists"));
      g.put(bad.getKey(), bad.getValue());
      Api.Reply refused = Api.call("demo", "POST", MINE, Api.json(g), dev);
      assertThat(refused.status()).as(bad.getKey()).isEqualTo(400);
      assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo(bad.getKey());
    }
    assertThat(Db.count("SELECT COUNT(*) FROM application")).isEqualTo(before);
  }

  @Test
  void categoriesThatNeedDocumentsAreApprovedOnlyWithThem() {
    String dev = developer("demo", "games");
    Map<String, Object> f = form(unique("Puzzle Quest"));
    f.put("category", "GAMES");
    JsonNode app = Api.call("demo", "POST", MINE, Api.json(f), dev).json();
    String id = app.get("id").asText();
    assertThat(app.get("missingDocuments").toString()).isEqualTo("[\"LICENCE\",\"COPYRIGHT\"]");

    String reviewer = Api.staffToken("demo", "reviewer");
    Api.Reply early = Api.call("demo", "POST", STAFF + "/" + id + "/approval", "{}", reviewer);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("code").asText()).isEqualTo("app-documents-missing");
    assertThat(early.json().get("detail").asText()).contains("LICENCE", "COPYRIGHT");

    assertThat(upload(id, "LICENCE", "fake.pdf", "not a pdf".getBytes(), dev).status())
        .isEqualTo(415);
    assertThat(upload(id, "POSTER", "licence.pdf", PDF, dev).status()).isEqualTo(400);
    assertThat(
            Db.count(
                "SELECT COUNT(*) FROM application_document WHERE application_id = '" + id + "'"))
        .isZero();
    Api.Reply licence = upload(id, "LICENCE", "licence.pdf", PDF, dev);
    assertThat(licence.status()).as(licence.body()).isEqualTo(201);
    String licenceId = licence.json().get("id").asText();
    assertThat(
            upload(id, "COPYRIGHT", "../../copyright.pdf", PDF, dev)
                .json()
                .get("fileName")
                .asText())
        .isEqualTo("copyright.pdf");

    String stranger = developer("demo", "games2");
    assertThat(Api.get("demo", MINE + "/" + id + "/documents/" + licenceId, stranger).status())
        .isEqualTo(404);
    assertThat(Api.get("demo", MINE + "/" + id + "/documents/" + licenceId, dev).status())
        .isEqualTo(200);
    Api.Reply staffRead = Api.get("demo", STAFF + "/" + id + "/documents/" + licenceId, reviewer);
    assertThat(staffRead.status()).isEqualTo(200);
    assertThat(staffRead.body()).startsWith("%PDF");
    String acmeReviewer = Api.staffToken("acme", "reviewer");
    assertThat(Api.get("acme", STAFF + "/" + id + "/documents/" + licenceId, acmeReviewer).status())
        .isEqualTo(404);

    Api.Reply approved = Api.call("demo", "POST", STAFF + "/" + id + "/approval", "{}", reviewer);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().get("missingDocuments").size()).isZero();
  }

  @Test
  void tokensComeOnlyForApprovedAppsFromAllowedAddresses() {
    String dev = developer("demo", "tokens");
    Approved app = approved(dev, "Token Town");
    String id = app.id();
    String appId = app.appId();
    String secret =
        Api.call("demo", "POST", MINE + "/" + id + "/secret", null, dev)
            .json()
            .get("appSecret")
            .asText();

    AppTokenRequest.Reply token = appToken("demo", appId, secret, "127.0.0.3");
    assertThat(token.status()).as(token.body()).isEqualTo(200);
    assertThat(token.json().get("access_token").asText()).isNotBlank();
    assertThat(token.header("Cache-Control")).contains("no-store");
    AppTokenRequest.Reply basic =
        AppTokenRequest.send(
            "demo",
            "grant_type=client_credentials",
            "127.0.0.3",
            Map.of(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            (appId + ":" + secret)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(basic.status()).as("HTTP Basic (RFC 6749 §2.3.1): " + basic.body()).isEqualTo(200);
    AppTokenRequest.Reply wrong = appToken("demo", appId, secret + "x", "127.0.0.3");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("error").asText()).isEqualTo("invalid_client");
    assertThat(wrong.body()).doesNotContain("access_token");
    assertThat(appToken("demo", appId, "", "127.0.0.3").status()).isEqualTo(401);
    assertThat(appToken("acme", appId, secret, "127.0.0.3").status())
        .as("another tenant's realm")
        .isEqualTo(401);
    assertThat(appToken("demo", appId, "x".repeat(100_000), "127.0.0.3").status())
        .isBetween(400, 499);
    AppTokenRequest.Reply password =
        AppTokenRequest.send(
            "demo",
            "grant_type=password&username=a&password=b&client_id="
                + appId
                + "&client_secret="
                + secret,
            "127.0.0.3",
            Map.of());
    assertThat(password.status()).as("only client credentials").isBetween(400, 401);
    assertThat(password.body()).doesNotContain("access_token");

    Api.Reply badList =
        Api.call(
            "demo",
            "PUT",
            MINE + "/" + id + "/ip-allow-list",
            "{\"entries\":[\"192.0.2.0/24\",\"example.com\"]}",
            dev);
    assertThat(badList.status()).isEqualTo(400);
    assertThat(appToken("demo", appId, secret, "127.0.0.3").status())
        .as("a refused list changes nothing")
        .isEqualTo(200);
    Api.Reply stranger =
        Api.call(
            "demo",
            "PUT",
            MINE + "/" + id + "/ip-allow-list",
            "{\"entries\":[\"198.51.100.0/24\"]}",
            developer("demo", "tokens2"));
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(appToken("demo", appId, secret, "127.0.0.3").status())
        .as("another developer's list changed nothing")
        .isEqualTo(200);

    Api.Reply set =
        Api.call(
            "demo",
            "PUT",
            MINE + "/" + id + "/ip-allow-list",
            "{\"entries\":[\"192.0.2.77/24\",\"2001:db8::/32\",\"127.0.0.2\"]}",
            dev);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("ipAllowList").toString())
        .isEqualTo("[\"192.0.2.0/24\",\"2001:db8::/32\",\"127.0.0.2\"]");
    AppTokenRequest.Reply outside = appToken("demo", appId, secret, "127.0.0.3");
    assertThat(outside.status()).as("the very next request: " + outside.body()).isEqualTo(403);
    assertThat(outside.json().get("error").asText()).isEqualTo("unauthorized_client");
    assertThat(appToken("demo", appId, secret, "127.0.0.2").status()).isEqualTo(200);
    AppTokenRequest.Reply forged =
        AppTokenRequest.send(
            "demo",
            "grant_type=client_credentials&client_id=" + appId + "&client_secret=" + secret,
            "127.0.0.3",
            Map.of("X-Forwarded-For", "127.0.0.2", "Forwarded", "for=127.0.0.2"));
    assertThat(forged.status()).as("a forwarded-for header is not the caller").isEqualTo(403);
    Api.Reply emptied =
        Api.call("demo", "PUT", MINE + "/" + id + "/ip-allow-list", "{\"entries\":[]}", dev);
    assertThat(emptied.status()).isEqualTo(200);
    assertThat(appToken("demo", appId, secret, "127.0.0.3").status())
        .as("an emptied list allows every address again")
        .isEqualTo(200);

    String trustSafety = Api.staffToken("demo", "trust-safety");
    Api.call("demo", "POST", STAFF + "/" + id + "/offline", "{\"reason\":\"abuse\"}", trustSafety);
    assertThat(appToken("demo", appId, secret, "127.0.0.2").status())
        .as("offline (§2.8.2)")
        .isEqualTo(401);
    assertThat(
            Api.call("demo", "PUT", MINE + "/" + id + "/ip-allow-list", "{\"entries\":[]}", dev)
                .status())
        .isEqualTo(409);
    assertThat(appToken("demo", appId, secret, "127.0.0.3").status())
        .as("still offline")
        .isEqualTo(401);

    // someone enables the offline app's client by hand in Keycloak's console: the platform's
    // comparison (AppClientSync, asked for a round here) disables it again
    KeycloakAdmin.setClientEnabled("demo", appId, true);
    Probe.round("app-client-sync");
    assertThat(KeycloakAdmin.client("demo", appId).get("enabled").asBoolean())
        .as("repaired from the database")
        .isFalse();
    assertThat(appToken("demo", appId, secret, "127.0.0.3").status()).isEqualTo(401);
  }

  /**
   * Issue 22 item 8: the client sync's round meets an operation in flight — the app's row locked
   * with its new allow-list not yet committed, Keycloak already written — and must not put the
   * older list back: it waits for the row, then finds both sides agree.
   */
  @Test
  void theClientSyncNeverWritesStateOlderThanTheDatabase() throws Exception {
    Approved app = approved(developer("demo", "sync-race"), "Race Track");
    String id = app.id();
    String appId = app.appId();
    assertThat(
            KeycloakAdmin.client("demo", appId).get("attributes").path("op.ip-allow-list").asText())
        .isEmpty();

    // an allow-list change in flight: the row written and locked, Keycloak written, no commit yet
    Db.Open inFlight =
        Db.open("UPDATE application SET ip_allow_list = ? WHERE id = ?", "10.9.0.0/16", id);
    CompletableFuture<Void> round;
    try {
      KeycloakAdmin.setClientAttribute("demo", appId, "op.ip-allow-list", "10.9.0.0/16");
      round = CompletableFuture.runAsync(() -> Probe.round("app-client-sync"));
      await("the round ends or waits for the app's row")
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> round.isDone() || inFlight.lockingReadsOf(id) > 0);
    } finally {
      inFlight.commit();
    }
    round.get(60, TimeUnit.SECONDS);
    assertThat(
            KeycloakAdmin.client("demo", appId).get("attributes").path("op.ip-allow-list").asText())
        .as("the committed list, not the one the round first read")
        .isEqualTo("10.9.0.0/16");
  }

  /**
   * Issue 22 item 3: the developer's history names the operator for its staff's steps, never a
   * staff member's address; staff still see who decided.
   */
  @Test
  void developersSeeTheOperatorNotTheReviewerInTheirHistory() {
    String dev = developer("demo", "history");
    String id = approved(dev, "History Lane").id();
    String reviewer = Api.staffToken("demo", "reviewer");

    JsonNode mine = Api.get("demo", MINE + "/" + id, dev).json();
    List<String> actors = mine.get("history").findValuesAsText("actor");
    assertThat(actors).doesNotContain("reviewer@demo.example");
    assertThat(actors).noneMatch(a -> a.contains("reviewer"));
    assertThat(actors).hasSize(2);
    assertThat(actors.get(actors.size() - 1)).isNotBlank();
    assertThat(Api.get("demo", MINE, dev).body()).doesNotContain("reviewer@demo.example");

    JsonNode staff = Api.get("demo", STAFF + "/" + id, reviewer).json();
    assertThat(staff.get("history").findValuesAsText("actor")).contains("reviewer@demo.example");
  }

  /**
   * Issue 22 item 5 (§2.1.3, §2.8): a restriction limits what the tenant's policy says — by default
   * the applications go on serving; where the tenant administrator's policy closes them, the
   * restricted account's applications are refused at once, and serve again on reinstatement.
   */
  @Test
  void aRestrictionClosesApplicationsOnlyWhereTheTenantsPolicySaysSo() {
    String email = Accounts.newEmail("restricted");
    Accounts.registerConfirmed("demo", email, "apps-password-1");
    String dev = Api.token("demo", email, "apps-password-1");
    String accountId = Api.get("demo", "/portal/api/accounts/me", dev).json().get("id").asText();
    Approved app = approved(dev, "Restricted Road");
    String runtime = Api.staffToken("demo", "runtime");
    String admin = Api.staffToken("demo", "tenant-admin");
    assertThat(
            Api.call(
                    "demo",
                    "PUT",
                    "/admin/api/policy",
                    Api.json(Map.of("restrictionClosesApps", true)),
                    Api.staffToken("demo", "trust-safety"))
                .status())
        .as("trust & safety read the policy, administrators set it")
        .isEqualTo(403);
    assertThat(Api.call("demo", "PUT", "/admin/api/policy", "{}", admin).status()).isEqualTo(400);

    // the default: a restricted account's applications go on serving
    assertThat(
            Api.get("demo", "/admin/api/policy", admin)
                .json()
                .get("restrictionClosesApps")
                .asBoolean())
        .isFalse();
    assertThat(status(accountId, "restrict").status()).isEqualTo(200);
    assertThat(decision(app.appId(), "existing-user", runtime).get("allowed").asBoolean()).isTrue();
    assertThat(status(accountId, "reinstate").status()).isEqualTo(200);
    try {
      Api.Reply closes =
          Api.call(
              "demo",
              "PUT",
              "/admin/api/policy",
              Api.json(Map.of("restrictionClosesApps", true)),
              admin);
      assertThat(closes.status()).as(closes.body()).isEqualTo(200);
      assertThat(status(accountId, "restrict").status()).isEqualTo(200);
      JsonNode refused = decision(app.appId(), "existing-user", runtime);
      assertThat(refused.get("allowed").asBoolean()).isFalse();
      assertThat(refused.get("reason").asText()).isEqualTo("developer-sanctioned");
      assertThat(KeycloakAdmin.client("demo", app.appId()).get("enabled").asBoolean()).isFalse();
      assertThat(status(accountId, "reinstate").status()).isEqualTo(200);
      assertThat(decision(app.appId(), "new-user", runtime).get("allowed").asBoolean()).isTrue();
      assertThat(KeycloakAdmin.client("demo", app.appId()).get("enabled").asBoolean()).isTrue();
    } finally {
      Api.call(
          "demo",
          "PUT",
          "/admin/api/policy",
          Api.json(Map.of("restrictionClosesApps", false)),
          admin);
    }
  }

  private static Api.Reply status(String accountId, String action) {
    return Api.call(
        "demo",
        "POST",
        "/admin/api/accounts/" + accountId + "/status-changes",
        Api.json(Map.of("action", action, "reason", "issue 22 item 5")),
        Api.staffToken("demo", "trust-safety"));
  }

  /**
   * Issue 22 item 5 (§2.1.3, §5.4, §2.8.2): suspending a developer reaches every application of the
   * account at once — tokens refused at the realm's endpoint, the runtime's decision refused with
   * the reason — and reinstating restores exactly the applications that were approved. Before the
   * fix the token was 200 and the decision allowed after a suspension.
   */
  @Test
  void aSuspensionReachesEveryApplicationOfTheAccountAndReinstatementRestoresThem() {
    String email = Accounts.newEmail("sanctioned");
    Accounts.registerConfirmed("demo", email, "apps-password-1");
    String dev = Api.token("demo", email, "apps-password-1");
    String accountId = Api.get("demo", "/portal/api/accounts/me", dev).json().get("id").asText();
    Approved first = approved(dev, "Sanction One");
    Approved second = approved(dev, "Sanction Two");
    String secret =
        Api.call("demo", "POST", MINE + "/" + first.id() + "/secret", null, dev)
            .json()
            .get("appSecret")
            .asText();
    String pending =
        Api.call("demo", "POST", MINE, Api.json(form(unique("Sanction Pending"))), dev)
            .json()
            .get("id")
            .asText();
    String runtime = Api.staffToken("demo", "runtime");
    assertThat(appToken("demo", first.appId(), secret, "127.0.0.3").status()).isEqualTo(200);

    assertThat(status(accountId, "suspend").status()).isEqualTo(200);
    assertThat(appToken("demo", first.appId(), secret, "127.0.0.3").status())
        .as("tokens refused at once")
        .isEqualTo(401);
    for (String appId : List.of(first.appId(), second.appId())) {
      for (String use : List.of("new-user", "existing-user")) {
        JsonNode refused = decision(appId, use, runtime);
        assertThat(refused.get("allowed").asBoolean()).as(appId + " " + use).isFalse();
        assertThat(refused.get("reason").asText()).isEqualTo("developer-sanctioned");
      }
      assertThat(KeycloakAdmin.client("demo", appId).get("enabled").asBoolean()).isFalse();
    }
    // the client sync agrees: it does not enable them again
    Probe.round("app-client-sync");
    assertThat(KeycloakAdmin.client("demo", first.appId()).get("enabled").asBoolean()).isFalse();

    assertThat(status(accountId, "reinstate").status()).isEqualTo(200);
    assertThat(appToken("demo", first.appId(), secret, "127.0.0.3").status()).isEqualTo(200);
    assertThat(decision(second.appId(), "new-user", runtime).get("allowed").asBoolean()).isTrue();
    assertThat(
            Api.get("demo", STAFF + "/" + pending, Api.staffToken("demo", "reviewer"))
                .json()
                .get("state")
                .asText())
        .as("only what was approved serves again")
        .isEqualTo("SUBMITTED");

    assertThat(status(accountId, "ban").status()).isEqualTo(200);
    assertThat(appToken("demo", first.appId(), secret, "127.0.0.3").status()).isEqualTo(401);
    assertThat(decision(first.appId(), "existing-user", runtime).get("reason").asText())
        .isEqualTo("developer-sanctioned");
  }

  /**
   * Issue 22 item 5 (§5.4, §5.7): an account of a banned entity — declared affiliated with a banned
   * account — registers no applications, with materials or without.
   */
  @Test
  void anAccountOfABannedEntityRegistersNoApplications() {
    String bannedEmail = Accounts.newEmail("banned-parent");
    Accounts.registerConfirmed("demo", bannedEmail, "apps-password-1");
    String bannedId =
        Api.get(
                "demo",
                "/portal/api/accounts/me",
                Api.token("demo", bannedEmail, "apps-password-1"))
            .json()
            .get("id")
            .asText();
    String email = Accounts.newEmail("banned-child");
    Accounts.registerConfirmed("demo", email, "apps-password-1");
    String dev = Api.token("demo", email, "apps-password-1");
    String childId = Api.get("demo", "/portal/api/accounts/me", dev).json().get("id").asText();
    Api.Reply declared =
        Api.call(
            "demo",
            "POST",
            "/admin/api/affiliations",
            Api.json(Map.of("accountIds", List.of(bannedId, childId), "reason", "one company")),
            Api.staffToken("demo", "trust-safety"));
    assertThat(declared.status()).as(declared.body()).isBetween(200, 201);
    assertThat(Api.call("demo", "POST", MINE, Api.json(form(unique("Before Ban"))), dev).status())
        .isEqualTo(201);

    assertThat(status(bannedId, "ban").status()).isEqualTo(200);

    Api.Reply refused = Api.call("demo", "POST", MINE, Api.json(form(unique("After Ban"))), dev);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.json().get("code").asText()).isEqualTo("entity-banned");
  }

  @Test
  void theReviewQueueSortsByNamedFieldsOnly() {
    String reviewer = Api.staffToken("demo", "reviewer");
    assertThat(Api.get("demo", STAFF + "?sort=-name", reviewer).status()).isEqualTo(200);
    assertThat(Api.get("demo", STAFF + "?sort=developerId", reviewer).status()).isEqualTo(400);
  }

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static Api.Reply upload(
      String id, String kind, String name, byte[] content, String token) {
    return Api.send(
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    Stack.siteOf("demo")
                        + MINE
                        + "/"
                        + id
                        + "/documents?kind="
                        + kind
                        + "&name="
                        + java.net.URLEncoder.encode(
                            name, java.nio.charset.StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Content-Type", "application/octet-stream")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  /** The realm's token endpoint, asked from the loopback {@code address}. */
  private static AppTokenRequest.Reply appToken(
      String tenant, String appId, String secret, String address) {
    return AppTokenRequest.clientCredentials(tenant, appId, secret, address);
  }

  private static JsonNode decision(String appId, String use, String token) {
    Api.Reply reply =
        Api.get("demo", "/admin/api/access-decisions/" + appId + "?use=" + use, token);
    if (reply.status() == 400 || reply.status() == 404 || reply.status() == 405) {
      return null;
    }
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** A token for the app at the realm's token endpoint. */
  private static AppTokenRequest.Reply clientCredentials(String appId, String secret) {
    return appToken("demo", appId, secret, "127.0.0.1");
  }
}
