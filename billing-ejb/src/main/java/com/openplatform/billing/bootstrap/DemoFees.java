package com.openplatform.billing.bootstrap;

import com.openplatform.billing.fee.FeeSchedules;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Demo data of the billing module (with {@code op.demo-data=true} only): a verification fee of
 * 300.00 CNY in force, for a tenant that has no fee schedule yet, so the default run shows paid
 * verification at once. Published as initial data, not as a change (§2.3.2 is about changes).
 */
@Stateless
@PermitAll
public class DemoFees {

  @Inject FeeSchedules.Versions versions;

  public void seed() {
    versions.seedDemo();
  }
}
