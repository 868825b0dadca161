package com.openplatform.it.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Base of the tests of paid verification (§2.3, §2.4): the EAR deployed, tests run as a client, and
 * the demo tenant's verification fee in force ({@link Fees#demoFeeInForce}).
 */
@ResourceLock(value = Locks.DEMO_LEDGER, mode = ResourceAccessMode.READ)
public abstract class FeeInForceTest {

  @BeforeAll
  static void aFeeInForce() {
    Fees.demoFeeInForce();
  }
}
