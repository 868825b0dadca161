package com.openplatform.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientSecretsTest {

  @Test
  void secretsDifferPerTenantClientAndKey() {
    assertThat(ClientSecrets.derive("k", "demo/portal"))
        .isEqualTo(ClientSecrets.derive("k", "demo/portal"));
    assertThat(ClientSecrets.derive("k", "demo/portal"))
        .isNotEqualTo(ClientSecrets.derive("k", "acme/portal"));
    assertThat(ClientSecrets.derive("k", "demo/portal"))
        .isNotEqualTo(ClientSecrets.derive("other", "demo/portal"));
    assertThat(ClientSecrets.derive("k", "demo/portal")).hasSize(43).matches("[A-Za-z0-9_-]+");
  }
}
