package com.openplatform.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantHostsTest {

  private final TenantHosts local = new TenantHosts("http://{tenant}.localhost:8080");
  private final TenantHosts production = new TenantHosts("https://{tenant}.open.example.com/");

  @Test
  void theFirstLabelOfTheHostIsTheTenant() {
    assertThat(local.tenantOf("demo.localhost:8080")).contains(new TenantId("demo"));
    assertThat(local.tenantOf("DEMO.localhost")).contains(new TenantId("demo"));
    assertThat(production.tenantOf("acme.open.example.com")).contains(new TenantId("acme"));
  }

  @Test
  void hostsOfNoTenantNameNone() {
    assertThat(local.tenantOf("localhost:8080")).isEmpty();
    assertThat(local.tenantOf("a.b.localhost")).isEmpty();
    assertThat(local.tenantOf("demo.evil.com")).isEmpty();
    assertThat(production.tenantOf("demo.localhost")).isEmpty();
    assertThat(local.tenantOf(null)).isEmpty();
    assertThat(local.tenantOf("-x.localhost")).isEmpty();
  }

  @Test
  void baseUrlsFollowThePattern() {
    assertThat(production.baseUrl(new TenantId("acme"))).isEqualTo("https://acme.open.example.com");
  }

  @Test
  void aPatternWithoutTenantIsRefused() {
    assertThatThrownBy(() -> new TenantHosts("http://localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tenantIdsAreRealmAndHostSafe() {
    assertThat(TenantId.isWellFormed("demo")).isTrue();
    assertThat(TenantId.isWellFormed("a")).isFalse();
    assertThat(TenantId.isWellFormed("Demo")).isFalse();
    assertThat(TenantId.isWellFormed("demo-")).isFalse();
    assertThat(TenantId.isWellFormed("x".repeat(32))).isFalse();
  }
}
