package com.openplatform.accounts.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev@example.com", "Dev.Name+tag@sub.example.cn", " x@y.io "})
  void acceptsRegistrableAddresses(String raw) {
    assertThat(EmailAddress.parse(raw)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "@example.com",
        "a@",
        "a@b",
        "a@@b.com",
        "a b@c.com",
        "a@-b.com",
        "a@b..com",
        "a.@b.com"
      })
  void refusesMalformedAddresses(String raw) {
    assertThat(EmailAddress.parse(raw)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void normalizesCaseAndSpace() {
    assertThat(EmailAddress.parse("  Dev@Example.COM ").orElseThrow().value())
        .isEqualTo("dev@example.com");
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongAddress() {
    String local = "a".repeat(64);
    String domain =
        "b".repeat(60)
            + "."
            + "c".repeat(60)
            + "."
            + "d".repeat(60)
            + "."
            + "e".repeat(60)
            + ".com";
    assertThat(EmailAddress.parse(local + "@" + domain)).isEmpty();
  }
}
