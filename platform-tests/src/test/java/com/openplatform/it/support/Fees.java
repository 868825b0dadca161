package com.openplatform.it.support;

/** Fee fixtures. */
public final class Fees {

  private Fees() {}

  /**
   * The demo data's verification fee (300.00 CNY since 2020) is seeded into a tenant without a
   * schedule; a stack whose data predates that seeding gets the same version here.
   */
  public static void demoFeeInForce() {
    Db.update(
        "INSERT IGNORE INTO fee_version (id, tenant_id, service, amount_minor, currency,"
            + " effective_at, published_by, published_at) VALUES (UUID(), 'demo', 'VERIFICATION',"
            + " 30000, 'CNY', '2020-01-01 00:00:00', 'demo-data', NOW(6))");
  }
}
