package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Deployments;
import com.openplatform.it.support.Fees;
import com.openplatform.it.support.Qualifications;
import com.openplatform.it.support.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Paid verification in Chromium (§2.4): the developer sees why they can't order yet and where to
 * go, completes the materials, orders, pays at the sandbox cashier, a reviewer approves in the
 * staff console, and the developer's page shows "Verified" with its expiry — in English and
 * Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aFeeInForce() {
    Fees.demoFeeInForce();
  }

  @Test
  void applyPayInTheSandboxApproveAndSeeTheExpiry() throws Exception {
    String email = Accounts.newEmail("webverify");
    Accounts.registerConfirmed("demo", email, "webverify-pass-1");
    String portal = Stack.siteOf("demo") + "/portal";
    try (Browser browser = new Browser("en")) {
      try {
        browser.open(portal + "/account/verification.xhtml");
        browser.waitForUrl("/realms/demo/");
        browser.type("#username", email);
        browser.type("#password", "webverify-pass-1");
        browser.click("#kc-login");
        browser.waitForText("h1", "Verification");
        assertThat(browser.text("#verified")).isEqualTo("Not verified");
        assertThat(browser.text("#cannot-apply")).contains("qualification materials");
        assertThat(browser.find("#to-materials").getAttribute("href"))
            .endsWith("/account/materials.xhtml");

        Qualifications.complete("demo", Api.token("demo", email, "webverify-pass-1"));
        browser.open(portal + "/account/verification.xhtml");
        browser.waitForText("h1", "Verification");
        String fee = browser.text("#fee");
        assertThat(fee).endsWith("CNY");
        browser.click("#apply\\:order");
        browser.waitForText("#order-state", "Awaiting payment");
        assertThat(browser.text("#order-amount")).isEqualTo(fee);
        String number = browser.text("#order-number");
        browser.click("#pay\\:pay-now");
        browser.waitForText("#order-state", "Paid, awaiting review");
        assertThat(browser.text("#transaction")).startsWith("sandbox-");
        save(browser, "verification-paid-en.png");

        approveInTheConsole(number);

        browser.open(portal + "/account/verification.xhtml");
        browser.waitForText("#verified", "Verified");
        String until = browser.text("#valid-until");
        assertThat(until).isNotBlank();
        assertThat(browser.text("#orders")).contains("Approved");
        assertThat(browser.text("#cannot-apply")).contains("renewal window");

        browser.click("#lang-zh");
        browser.waitForText("#verified", "已认证");
        assertThat(browser.text("#orders")).contains("已通过");
        browser.driver().findElement(By.cssSelector("#orders a")).click();
        browser.waitForText("#order-state", "已通过");
        assertThat(browser.text("#order-valid-until")).isNotBlank();
        save(browser, "verification-receipt-zh.png");
        browser.click("#back-to-verification");
        browser.waitForText("h1", "开发者认证");
      } catch (RuntimeException | AssertionError e) {
        save(browser, "verification-failure.png");
        Files.writeString(
            Path.of("target", "screenshots", "verification-failure.html"),
            browser.driver().getPageSource());
        throw e;
      }
    }
  }

  /** A reviewer opens the review queue of the staff console and approves the order. */
  private static void approveInTheConsole(String number) throws Exception {
    try (Browser reviewer = new Browser("en")) {
      try {
        reviewer.open(Stack.siteOf("demo") + "/admin/orders.xhtml");
        reviewer.waitForUrl("/realms/demo/");
        reviewer.type("#username", "reviewer@demo.example");
        reviewer.type("#password", Stack.demoPassword());
        reviewer.click("#kc-login");
        reviewer.waitForText("h1", "Verification orders");
        reviewer.click("#open-" + number);
        reviewer.waitForText("#order-state", "Paid");
        assertThat(reviewer.text("#ledger")).contains("Payment", "SANDBOX");
        reviewer.click("#decide\\:approve");
        reviewer.waitForText("#order-state", "Approved");
        assertThat(reviewer.text("#order-valid-until")).isNotBlank();
        save(reviewer, "verification-approved-en.png");
      } catch (RuntimeException | AssertionError e) {
        save(reviewer, "verification-review-failure.png");
        Files.writeString(
            Path.of("target", "screenshots", "verification-review-failure.html"),
            reviewer.driver().getPageSource());
        throw e;
      }
    }
  }

  private static void save(Browser browser, String name) throws java.io.IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), browser.screenshot());
  }
}
