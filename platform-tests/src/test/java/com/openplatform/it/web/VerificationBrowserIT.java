package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.FeeInForceTest;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Qualifications;
import com.openplatform.it.support.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

/**
 * Paid verification in Chromium (§2.4): the developer sees why they can't order yet and where to
 * go, completes the materials, orders, pays at the sandbox cashier, a reviewer approves in the
 * staff console, and the developer's page shows "Verified" with its expiry — in English and
 * Chinese.
 */
@ResourceLock(Locks.BROWSER)
class VerificationBrowserIT extends FeeInForceTest {

  @Test
  void applyPayInTheSandboxApproveAndSeeTheExpiry() throws Exception {
    String email = Accounts.newEmail("webverify");
    Accounts.registerConfirmed("demo", email, "webverify-pass-1");
    String portal = Stack.siteOf("demo") + "/portal";
    try (Browser browser = new Browser("en")) {
      browser.keepOnFailure(
          "verification-failure",
          () -> {
            browser.signIn(
                portal + "/account/verification.xhtml", "demo", email, "webverify-pass-1");
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
            browser.save("verification-paid-en");

            approveInTheConsole(number);

            browser.open(portal + "/account/verification.xhtml");
            browser.waitForText("#verified", "Verified");
            assertThat(browser.text("#valid-until")).isNotBlank();
            assertThat(browser.text("#orders")).contains("Approved");
            assertThat(browser.text("#cannot-apply")).contains("renewal window");

            browser.click("#lang-zh");
            browser.waitForText("#verified", "已认证");
            assertThat(browser.text("#orders")).contains("已通过");
            browser.driver().findElement(By.cssSelector("#orders a")).click();
            browser.waitForText("#order-state", "已通过");
            assertThat(browser.text("#order-valid-until")).isNotBlank();
            browser.save("verification-receipt-zh");
            browser.click("#back-to-verification");
            browser.waitForText("h1", "开发者认证");
          });
    }
  }

  /** A reviewer opens the review queue of the staff console and approves the order. */
  private static void approveInTheConsole(String number) throws Exception {
    try (Browser reviewer = new Browser("en")) {
      reviewer.keepOnFailure(
          "verification-review-failure",
          () -> {
            reviewer.signIn(
                Stack.siteOf("demo") + "/admin/orders.xhtml",
                "demo",
                "reviewer@demo.example",
                Stack.demoPassword());
            reviewer.waitForText("h1", "Verification orders");
            reviewer.click("#open-" + number);
            reviewer.waitForText("#order-state", "Paid");
            assertThat(reviewer.text("#ledger")).contains("Payment", "SANDBOX");
            reviewer.click("#decide\\:approve");
            reviewer.waitForText("#order-state", "Approved");
            assertThat(reviewer.text("#order-valid-until")).isNotBlank();
            reviewer.save("verification-approved-en");
          });
    }
  }
}
