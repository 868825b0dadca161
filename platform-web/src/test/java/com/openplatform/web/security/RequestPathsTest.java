package com.openplatform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

  @Test
  void findsPathContextRootAndApi() {
    assertThat(RequestPaths.pathOf("http://demo.localhost:8080/portal/api/x?y=1"))
        .isEqualTo("/portal/api/x");
    assertThat(RequestPaths.pathOf("http://demo.localhost:8080")).isEqualTo("/");
    assertThat(RequestPaths.contextRoot("/portal/api/x")).isEqualTo("/portal");
    assertThat(RequestPaths.isApi("/portal/api/accounts/me")).isTrue();
    assertThat(RequestPaths.isApi("/portal/account/")).isFalse();
    assertThat(RequestPaths.isApi("/portal/apiary")).isFalse();
  }
}
