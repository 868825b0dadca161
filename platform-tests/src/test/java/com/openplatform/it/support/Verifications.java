package com.openplatform.it.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Verification fixtures (§2.4): developers with a paid, or an approved, verification order. */
public final class Verifications {

  private static final String MINE = "/portal/api/verification/orders";
  private static final String DESK = "/admin/api/verification-orders";

  private Verifications() {}

  /** A developer of the demo tenant, their token, and their order's id. */
  public record Order(String email, String token, String id) {}

  /**
   * A new demo developer with complete materials who ordered verification and paid in the sandbox.
   */
  public static Order paid(String prefix) {
    String email = Accounts.newEmail(prefix);
    String password = prefix + "-password-1";
    Accounts.registerConfirmed("demo", email, password);
    String dev = Api.token("demo", email, password);
    Qualifications.complete("demo", dev);
    Api.Reply ordered = Api.call("demo", "POST", MINE, null, dev);
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
    String id = ordered.json().get("id").asText();
    Api.Reply paid = Api.call("demo", "POST", MINE + "/" + id + "/sandbox-payment", null, dev);
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    return new Order(email, dev, id);
  }

  /** As {@link #paid}, then approved by the demo tenant's reviewer. */
  public static Order approved(String prefix) {
    Order order = paid(prefix);
    Api.Reply decided =
        Api.call(
            "demo",
            "POST",
            DESK + "/" + order.id() + "/decision",
            "{\"outcome\":\"approve\"}",
            Api.staffToken("demo", "reviewer"));
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    return order;
  }
}
