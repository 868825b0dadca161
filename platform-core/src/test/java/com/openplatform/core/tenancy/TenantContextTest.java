package com.openplatform.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantContextTest {

  @Test
  void noCallerNoTenant() {
    assertThatThrownBy(TenantContext::tenant).isInstanceOf(TenantContext.NoTenantException.class);
  }

  @Test
  void bindingsNestAndRestore() throws Exception {
    Caller demo = Caller.anonymous(new TenantId("demo"));
    Caller acme = Caller.anonymous(new TenantId("acme"));
    try (TenantContext.Binding ignored = TenantContext.bind(demo)) {
      String inner = TenantContext.callAs(acme, () -> TenantContext.tenant().value());
      assertThat(inner).isEqualTo("acme");
      assertThat(TenantContext.tenant().value()).isEqualTo("demo");
    }
    assertThat(TenantContext.current()).isEmpty();
  }
}
