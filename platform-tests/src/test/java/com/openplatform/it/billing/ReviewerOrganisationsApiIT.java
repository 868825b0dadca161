package com.openplatform.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.FeeInForceTest;
import com.openplatform.it.support.KeycloakAdmin;
import com.openplatform.it.support.Verifications;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * §2.4.2 on the real stack: tenant administrators record entrusted reviewer organisations and give
 * them sign-ins; reviewers assign paid orders to one; its sign-ins see, read the materials of and
 * decide only those orders — not another organisation's, not the staff's, not another tenant's —
 * and nothing else of the tenant; a removed sign-in or a deactivated organisation sees nothing; the
 * fee report narrows to one organisation.
 */
class ReviewerOrganisationsApiIT extends FeeInForceTest {

  private static final String ORGS = "/admin/api/reviewer-organisations";
  private static final String DESK = "/admin/api/verification-orders";
  private static final String PASSWORD = "reviewer-password-1";

  private static String organisation(String admin, String name) {
    Api.Reply created =
        Api.call(
            "demo",
            "POST",
            ORGS,
            Api.json(java.util.Map.of("name", name, "contact", "review@example.com")),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private static Api.Reply addMember(String admin, String organisationId, String email) {
    return Api.call(
        "demo",
        "POST",
        ORGS + "/" + organisationId + "/members",
        Api.json(java.util.Map.of("email", email, "password", PASSWORD)),
        admin);
  }

  /**
   * A sign-in of the organisation, signed in once: the administrator's password is a first one
   * (issue 22: refused until the reviewer has chosen their own), then the reviewer's own.
   */
  private static String member(String admin, String organisationId, String email) {
    Api.Reply added = addMember(admin, organisationId, email);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    Api.Reply first = Api.tokenReply("demo", email, PASSWORD);
    assertThat(first.status()).as("a first password gets no token").isEqualTo(400);
    assertThat(first.body()).contains("not fully set up");
    KeycloakAdmin.completeFirstSignIn("demo", email, PASSWORD);
    return added.json().get("id").asText();
  }

  /** A developer with complete materials and a paid order; the order's id. */
  private static String paidOrder(String prefix) {
    return Verifications.paid(prefix).id();
  }

  private static Api.Reply assign(String token, String orderId, String organisationId) {
    return Api.call(
        "demo",
        "PUT",
        DESK + "/" + orderId + "/assignment",
        organisationId == null
            ? "{}"
            : Api.json(java.util.Map.of("organisationId", organisationId)),
        token);
  }

  private static List<String> queue(String token, String state) {
    Api.Reply reply =
        Api.get("demo", DESK + "?max=200" + (state == null ? "" : "&state=" + state), token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().get("items").findValuesAsText("id");
  }

  @Test
  void anOrganisationsReviewersSeeAndDecideOnlyTheOrdersAssignedToIt() {
    String admin = Api.staffToken("demo", "tenant-admin");
    String reviewer = Api.staffToken("demo", "reviewer");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String orgA = organisation(admin, "审核机构甲 " + suffix);
    String orgB = organisation(admin, "Review Agency B " + suffix);
    String emailA = Accounts.newEmail("org-a");
    String emailB = Accounts.newEmail("org-b");
    member(admin, orgA, emailA);
    member(admin, orgB, emailB);
    String a = Api.token("demo", emailA, PASSWORD);
    String b = Api.token("demo", emailB, PASSWORD);

    String toA = paidOrder("org-order-a");
    String toStaff = paidOrder("org-order-staff");
    // only the tenant's reviewers and administrators assign; an organisation can't take an order
    assertThat(assign(a, toA, orgA).status()).isEqualTo(403);
    assertThat(assign(Api.staffToken("demo", "finance"), toA, orgA).status()).isEqualTo(403);
    Api.Reply assigned = assign(reviewer, toA, orgA);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().get("order").get("reviewerOrganisation").asText()).isEqualTo(orgA);

    // A sees its order and no other; B sees nothing; staff still see both
    assertThat(queue(a, null)).containsExactly(toA);
    assertThat(queue(a, "all")).containsExactly(toA);
    assertThat(queue(b, null)).isEmpty();
    assertThat(queue(reviewer, null)).contains(toA, toStaff);
    assertThat(Api.get("demo", DESK + "/" + toA, a).status()).isEqualTo(200);
    assertThat(Api.get("demo", DESK + "/" + toStaff, a).status()).isEqualTo(404);
    assertThat(Api.get("demo", DESK + "/" + toA, b).status()).isEqualTo(404);
    assertThat(Api.get("demo", DESK + "/" + UUID.randomUUID(), a).status()).isEqualTo(404);

    // the developer's materials: for the assigned organisation, not the other
    Api.Reply materials = Api.get("demo", DESK + "/" + toA + "/materials", a);
    assertThat(materials.status()).as(materials.body()).isEqualTo(200);
    String document = materials.json().get("documents").get(0).get("id").asText();
    assertThat(Api.get("demo", DESK + "/" + toA + "/materials/documents/" + document, a).status())
        .isEqualTo(200);
    assertThat(Api.get("demo", DESK + "/" + toA + "/materials", b).status()).isEqualTo(404);
    assertThat(Api.get("demo", DESK + "/" + toA + "/materials/documents/" + document, b).status())
        .isEqualTo(404);
    assertThat(Api.get("demo", DESK + "/" + toStaff + "/materials", a).status()).isEqualTo(404);

    // nothing else of the tenant: developers, their materials, ledger, reports, fees, apps
    String accountOfA =
        Api.get("demo", DESK + "/" + toA, a).json().get("order").get("accountId").asText();
    for (String path :
        List.of(
            "/admin/api/accounts",
            "/admin/api/accounts/" + accountOfA,
            "/admin/api/accounts/" + accountOfA + "/qualification",
            "/admin/api/ledger/days/" + LocalDate.now(ZoneId.of("UTC")),
            "/admin/api/fee-reports",
            "/admin/api/fee-schedules/verification",
            "/admin/api/apps",
            ORGS,
            ORGS + "/" + orgA)) {
      assertThat(Api.get("demo", path, a).status()).as(path).isIn(403, 404);
    }
    assertThat(Api.call("demo", "POST", DESK + "/" + toA + "/refund", null, a).status())
        .isEqualTo(403);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    ORGS + "/" + orgA + "/members",
                    Api.json(
                        java.util.Map.of("email", Accounts.newEmail("x"), "password", PASSWORD)),
                    a)
                .status())
        .isEqualTo(403);

    // B can't decide A's order; A decides it; staff's order is beyond A
    String approve = "{\"outcome\":\"approve\"}";
    assertThat(Api.call("demo", "POST", DESK + "/" + toA + "/decision", approve, b).status())
        .isEqualTo(404);
    assertThat(Api.call("demo", "POST", DESK + "/" + toStaff + "/decision", approve, a).status())
        .isEqualTo(404);
    assertThat(
            Db.string("SELECT state FROM verification_order WHERE id = ?", toStaff).orElseThrow())
        .isEqualTo("PAID");
    Api.Reply decided = Api.call("demo", "POST", DESK + "/" + toA + "/decision", approve, a);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().get("order").get("state").asText()).isEqualTo("APPROVED");
    assertThat(Db.string("SELECT decided_by FROM verification_order WHERE id = ?", toA))
        .contains(emailA);
    // a decided order stays where it was decided
    assertThat(assign(reviewer, toA, orgB).status()).isEqualTo(409);

    // another tenant: A's token means nothing on acme's site, acme's admin finds nothing here
    assertThat(Api.get("acme", DESK, a).status()).isEqualTo(401);
    String acmeAdmin = Api.staffToken("acme", "tenant-admin");
    assertThat(Api.get("acme", ORGS + "/" + orgA, acmeAdmin).status()).isEqualTo(404);
    assertThat(Api.get("acme", ORGS, acmeAdmin).json().findValuesAsText("id")).doesNotContain(orgA);
    assertThat(assign(Api.staffToken("acme", "reviewer"), toStaff, orgA).status()).isIn(401, 404);
    assertThat(
            Api.call(
                    "acme",
                    "PUT",
                    DESK + "/" + toStaff + "/assignment",
                    Api.json(java.util.Map.of("organisationId", orgA)),
                    Api.staffToken("acme", "reviewer"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void aRemovedSignInAndADeactivatedOrganisationSeeNothing() {
    String admin = Api.staffToken("demo", "tenant-admin");
    String reviewer = Api.staffToken("demo", "reviewer");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String org = organisation(admin, "Agency C " + suffix);
    String email1 = Accounts.newEmail("org-c1");
    String email2 = Accounts.newEmail("org-c2");
    String member1 = member(admin, org, email1);
    member(admin, org, email2);
    String order = paidOrder("org-order-c");
    assertThat(assign(reviewer, order, org).status()).isEqualTo(200);
    String t1 = Api.token("demo", email1, PASSWORD);
    String t2 = Api.token("demo", email2, PASSWORD);
    assertThat(queue(t1, null)).containsExactly(order);

    // removed: the token still held sees nothing, and the sign-in is gone
    assertThat(
            Api.call("demo", "DELETE", ORGS + "/" + org + "/members/" + member1, null, admin)
                .status())
        .isEqualTo(204);
    assertThat(queue(t1, null)).isEmpty();
    assertThat(Api.get("demo", DESK + "/" + order, t1).status()).isEqualTo(404);
    assertThat(Api.tokenReply("demo", email1, PASSWORD).status()).isIn(400, 401);

    // deactivated: its reviewers see nothing, nothing can be assigned to it
    assertThat(queue(t2, null)).containsExactly(order);
    Api.Reply off =
        Api.call(
            "demo",
            "PUT",
            ORGS + "/" + org,
            Api.json(java.util.Map.of("name", "Agency C " + suffix, "active", false)),
            admin);
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(queue(t2, null)).isEmpty();
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    DESK + "/" + order + "/decision",
                    "{\"outcome\":\"approve\"}",
                    t2)
                .status())
        .isEqualTo(404);
    String another = paidOrder("org-order-c2");
    Api.Reply refused = assign(reviewer, another, org);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asText()).isEqualTo("reviewer-organisation-inactive");
    // staff take the order back
    assertThat(assign(reviewer, order, null).status()).isEqualTo(200);
    assertThat(
            Db.string("SELECT reviewer_organisation FROM verification_order WHERE id = ?", order))
        .isEmpty();
  }

  @Test
  void badInputIsRefusedAndWritesNothing() {
    String admin = Api.staffToken("demo", "tenant-admin");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    int organisations = Db.count("SELECT COUNT(*) FROM reviewer_organisation");
    int members = Db.count("SELECT COUNT(*) FROM reviewer_member");
    for (String body :
        List.of(
            "{}",
            "{\"name\":\"   \"}",
            "{\"name\":\"" + "x".repeat(101) + "\"}",
            "{\"name\":\"ok " + suffix + "\",\"contact\":\"" + "c".repeat(300) + "\"}",
            "{\"name\":\"bad\\u0000name\"}",
            "not json",
            "[]")) {
      Api.Reply reply = Api.call("demo", "POST", ORGS, body, admin);
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.json().get("status").asInt()).isEqualTo(400);
    }
    assertThat(Db.count("SELECT COUNT(*) FROM reviewer_organisation")).isEqualTo(organisations);

    String org = organisation(admin, "Agency D " + suffix);
    // the same name again, in another width and case: one organisation
    Api.Reply same =
        Api.call(
            "demo", "POST", ORGS, Api.json(java.util.Map.of("name", "ＡＧＥＮＣＹ  d " + suffix)), admin);
    assertThat(same.status()).isEqualTo(409);
    assertThat(same.json().get("code").asText()).isEqualTo("reviewer-organisation-exists");

    for (String body :
        List.of(
            "{}",
            "{\"email\":\"not-an-address\",\"password\":\"" + PASSWORD + "\"}",
            "{\"email\":\"" + Accounts.newEmail("short") + "\",\"password\":\"short\"}")) {
      Api.Reply reply = Api.call("demo", "POST", ORGS + "/" + org + "/members", body, admin);
      assertThat(reply.status()).as(body).isEqualTo(400);
    }
    // an address that already signs in (a developer's, staff's) is never taken over
    String developer = Accounts.newEmail("org-taken");
    Accounts.registerConfirmed("demo", developer, "verify-password-1");
    for (String taken : List.of(developer, "reviewer@demo.example")) {
      Api.Reply reply = addMember(admin, org, taken);
      assertThat(reply.status()).as(taken).isEqualTo(409);
      assertThat(reply.json().get("code").asText()).isEqualTo("sign-in-exists");
    }
    assertThat(Api.tokenReplySoon("demo", developer, "verify-password-1").status()).isEqualTo(200);
    assertThat(Db.count("SELECT COUNT(*) FROM reviewer_member")).isEqualTo(members);

    String order = paidOrder("org-order-d");
    String reviewer = Api.staffToken("demo", "reviewer");
    assertThat(assign(reviewer, order, UUID.randomUUID().toString()).status()).isEqualTo(400);
    assertThat(assign(reviewer, UUID.randomUUID().toString(), org).status()).isEqualTo(404);
    assertThat(
            Db.string("SELECT reviewer_organisation FROM verification_order WHERE id = ?", order))
        .isEmpty();
    // only administrators keep organisations
    assertThat(Api.call("demo", "POST", ORGS, "{\"name\":\"x " + suffix + "\"}", reviewer).status())
        .isEqualTo(403);
    assertThat(Api.get("demo", ORGS + "/" + org, reviewer).status()).isEqualTo(403);
    assertThat(Api.get("demo", ORGS, reviewer).status()).isEqualTo(200);
  }

  @Test
  void theFeeReportNarrowsToOneOrganisation() throws Exception {
    String admin = Api.staffToken("demo", "tenant-admin");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String org = organisation(admin, "Agency E " + suffix);
    String order = paidOrder("org-order-e");
    paidOrder("org-order-e-staff");
    assertThat(assign(Api.staffToken("demo", "reviewer"), order, org).status()).isEqualTo(200);
    String finance = Api.staffToken("demo", "finance");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Api.Reply started =
        Api.call(
            "demo",
            "POST",
            "/admin/api/fee-reports",
            Api.json(
                java.util.Map.of(
                    "from", today, "to", today, "format", "CSV", "reviewerOrganisation", org)),
            finance);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String job = started.json().get("id").asText();
    JsonNode done = FeeReportApiIT.finished(job, finance);
    assertThat(done.get("state").asText()).isEqualTo("DONE");
    assertThat(done.get("rows").asLong()).isEqualTo(1);
    String amount =
        Api.get("demo", DESK + "/" + order, finance).json().get("order").get("amount").asText();
    assertThat(done.get("net").asText()).isEqualTo(amount);
    Api.Reply unknown =
        Api.call(
            "demo",
            "POST",
            "/admin/api/fee-reports",
            Api.json(
                java.util.Map.of(
                    "from",
                    today,
                    "to",
                    today,
                    "format",
                    "CSV",
                    "reviewerOrganisation",
                    UUID.randomUUID().toString())),
            finance);
    assertThat(unknown.status()).isEqualTo(400);
  }
}
