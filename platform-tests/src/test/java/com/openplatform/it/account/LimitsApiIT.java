package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What anyone can trigger — mail to an address, a staff queue entry — is limited per address and
 * per client address: beyond the limit, 429 problem details with Retry-After, and nothing sent.
 */
class LimitsApiIT {

  private static void assertLimited(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(429);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("code").asText()).isEqualTo("too-many-requests");
    assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 3600L);
  }

  @Test
  void oneAddressGetsAFewLinksAnHourHoweverTheyAreAskedFor() {
    String email = Accounts.newEmail("flood");
    for (int i = 0; i < 5; i++) {
      assertThat(Accounts.register("demo", email).status()).isEqualTo(201);
    }
    assertLimited(Accounts.register("demo", email));
    assertThat(Accounts.mailsTo(email)).hasSize(5);

    String other = Accounts.newEmail("flood");
    Accounts.register("demo", other);
    for (int i = 0; i < 5; i++) {
      Api.post(
          "demo",
          "/portal/api/registrations/confirmation-requests",
          Api.json(Map.of("email", other)));
    }
    assertLimited(
        Api.post(
            "demo",
            "/portal/api/registrations/confirmation-requests",
            Api.json(Map.of("email", other))));
  }

  @Test
  void oneClientFilesAFewStolenAccountReportsAnHour() {
    java.util.Random random = new java.util.Random();
    String client = "10.201." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    Map<String, String> sameClient = Map.of("X-Forwarded-For", client);
    String report = Api.json(Map.of("accountEmail", "victim@example.com", "facts", "stolen"));
    for (int i = 0; i < 10; i++) {
      assertThat(
              Api.call(
                      "demo",
                      "POST",
                      "/portal/api/stolen-account-reports",
                      report,
                      null,
                      sameClient)
                  .status())
          .isEqualTo(201);
    }
    assertLimited(
        Api.call("demo", "POST", "/portal/api/stolen-account-reports", report, null, sameClient));
    assertThat(
            Api.call(
                    "demo",
                    "POST",
                    "/portal/api/stolen-account-reports",
                    report,
                    null,
                    Map.of("X-Forwarded-For", client.replace("10.201.", "10.202.")))
                .status())
        .isEqualTo(201);
    assertThat(
            Api.call("acme", "POST", "/portal/api/stolen-account-reports", report, null, sameClient)
                .status())
        .isEqualTo(201);
  }

  private static Api.Reply report(String body, Map<String, String> headers) {
    return Api.call("demo", "POST", "/portal/api/stolen-account-reports", body, null, headers);
  }

  /**
   * Issue 22 item 12: behind the proxy the limits count the address the proxy added (the last
   * X-Forwarded-For entry), not what the client wrote in front of it. Before the fix a caller that
   * changed the first entry each time was never limited.
   */
  @Test
  void aClientCannotPickTheAddressTheLimitsCount() {
    java.util.Random random = new java.util.Random();
    String proxySaw = "10.203." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    String body = Api.json(Map.of("accountEmail", "victim@example.com", "facts", "stolen"));
    for (int i = 0; i < 10; i++) {
      assertThat(
              report(body, Map.of("X-Forwarded-For", "10.99.0." + (i + 1) + ", " + proxySaw))
                  .status())
          .isEqualTo(201);
    }
    assertLimited(report(body, Map.of("X-Forwarded-For", "10.99.1.1, " + proxySaw)));
  }
}
