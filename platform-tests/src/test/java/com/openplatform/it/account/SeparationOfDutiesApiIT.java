package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Api;
import com.openplatform.it.support.FeeInForceTest;
import com.openplatform.it.support.KeycloakAdmin;
import com.openplatform.it.support.Verifications;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 2 (§2.4.2, §2.5.7): nobody decides their own case. A developer who is also on the
 * operator's staff (reviewer, trust and safety, finance) can neither approve, reject nor take
 * offline their own application, nor decide, assign or refund their own verification order (403
 * own-case, nothing changed); another staff member can. Before the fix each of these answered 200.
 */
class SeparationOfDutiesApiIT extends FeeInForceTest {

  private static final String DESK = "/admin/api/verification-orders";

  private static void refusedAsOwnCase(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.json().get("code").asText()).isEqualTo("own-case");
  }

  @Test
  void aStaffMemberWhoIsAlsoTheDeveloperDecidesNothingOfTheirOwn() {
    Verifications.Order order = Verifications.paid("own-case");
    KeycloakAdmin.grantRealmRoles("demo", order.email(), "reviewer", "trust-safety", "finance");
    String both = Api.token("demo", order.email(), "own-case-password-1");

    String app =
        Api.call(
                "demo",
                "POST",
                "/portal/api/apps",
                Api.json(
                    Map.of(
                        "name", "Own Case " + UUID.randomUUID().toString().substring(0, 6),
                        "description", "Mine.",
                        "category", "TOOLS",
                        "privacyPolicyUrl", "https://own.example.com/privacy",
                        "customerService", "support@own.example.com",
                        "claimsContact", "legal@own.example.com",
                        "poweredByAcknowledged", true)),
                both)
            .json()
            .get("id")
            .asText();
    refusedAsOwnCase(Api.call("demo", "POST", "/admin/api/apps/" + app + "/approval", "{}", both));
    refusedAsOwnCase(
        Api.call(
            "demo",
            "POST",
            "/admin/api/apps/" + app + "/rejection",
            "{\"reason\":\"mine\"}",
            both));
    refusedAsOwnCase(
        Api.call(
            "demo", "POST", "/admin/api/apps/" + app + "/offline", "{\"reason\":\"mine\"}", both));

    refusedAsOwnCase(
        Api.call(
            "demo",
            "POST",
            DESK + "/" + order.id() + "/decision",
            "{\"outcome\":\"approve\"}",
            both));
    refusedAsOwnCase(Api.call("demo", "PUT", DESK + "/" + order.id() + "/assignment", "{}", both));
    refusedAsOwnCase(Api.call("demo", "POST", DESK + "/" + order.id() + "/refund", null, both));
    assertThat(
            Api.get("demo", DESK + "/" + order.id(), Api.staffToken("demo", "reviewer"))
                .json()
                .get("order")
                .get("state")
                .asText())
        .as("nothing changed")
        .isEqualTo("PAID");

    String reviewer = Api.staffToken("demo", "reviewer");
    assertThat(
            Api.call("demo", "POST", "/admin/api/apps/" + app + "/approval", "{}", reviewer)
                .status())
        .as("another reviewer decides")
        .isEqualTo(200);
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    DESK + "/" + order.id() + "/decision",
                    "{\"outcome\":\"approve\"}",
                    reviewer)
                .status())
        .isEqualTo(200);
  }
}
