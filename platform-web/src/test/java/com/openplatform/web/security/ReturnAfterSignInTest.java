package com.openplatform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a page of the same web module, at the path the sign-in landed on, is a target. */
class ReturnAfterSignInTest {

  @Test
  void theKeptPageOfTheSamePathIsTheTarget() {
    assertThat(
            ReturnAfterSignIn.target(
                "/portal/account/order.xhtml?id=abc", "/portal", "/portal/account/order.xhtml"))
        .hasValue("/portal/account/order.xhtml?id=abc");
  }

  @Test
  void anotherPathAnotherModuleOrAnotherSiteIsNot() {
    assertThat(
            ReturnAfterSignIn.target(
                "/portal/account/order.xhtml?id=abc", "/portal", "/portal/account/apps.xhtml"))
        .isEmpty();
    assertThat(
            ReturnAfterSignIn.target(
                "/admin/orders.xhtml?order=1", "/portal", "/admin/orders.xhtml"))
        .isEmpty();
    assertThat(ReturnAfterSignIn.target("//evil.example/x?y=1", "/portal", "//evil.example/x"))
        .isEmpty();
    assertThat(ReturnAfterSignIn.target("https://evil.example/portal/x?y", "/portal", "/portal/x"))
        .isEmpty();
    assertThat(ReturnAfterSignIn.target("/portal/x?a=1\r\nSet-Cookie: x", "/portal", "/portal/x"))
        .isEmpty();
    assertThat(ReturnAfterSignIn.target("/portal/x", "/portal", "/portal/x"))
        .as("no query")
        .isEmpty();
    assertThat(ReturnAfterSignIn.target(null, "/portal", "/portal/x")).isEmpty();
  }
}
