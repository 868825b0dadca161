package com.openplatform.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests of paid verification (§2.3, §2.4): the EAR deployed, tests run as a client, and
 * the demo tenant's verification fee in force ({@link Fees#demoFeeInForce}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class FeeInForceTest {

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aFeeInForce() {
    Fees.demoFeeInForce();
  }
}
