package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A trust &amp; safety officer in headless Chromium: find an account, read it, suspend it with a
 * reason.
 */
@ResourceLock(Locks.BROWSER)
class StaffConsoleBrowserIT {

  @Test
  void findAnAccountAndSuspendIt() throws Exception {
    String email = Accounts.newEmail("console");
    Accounts.registerConfirmed("demo", email, "console-pass");
    try (Browser browser = new Browser("en")) {
      try {
        browser.signIn(
            Stack.siteOf("demo") + "/admin/",
            "demo",
            "trust-safety@demo.example",
            Stack.demoPassword());

        browser.waitForUrl("/admin/");
        browser.type("#search-query", email.substring(0, 12));
        browser.click("#search button");
        browser.waitForUrl("q=");
        browser.clickLink(email);
        browser.waitForUrl("account.xhtml");
        assertThat(browser.text("h1")).isEqualTo(email);
        assertThat(browser.text("#account-status")).isEqualTo("Active");

        browser.type("#status\\:reason", "spam complaints under review");
        browser.click("#status\\:apply");
        browser.waitForText("#account-status", "Suspended");
        assertThat(browser.text("#history"))
            .contains("suspend", "spam complaints under review", "trust-safety@demo.example");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "staff-account.png"), browser.screenshot());

        browser.click("#nav-stolen");
        browser.waitForText("h1", "Stolen-account reports");
        browser.click("#lang-zh");
        browser.waitForText("h1", "账号被盗举报");
      } catch (RuntimeException | AssertionError e) {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(
            Path.of("target", "screenshots", "staff-failure.html"),
            browser.driver().getPageSource());
        throw e;
      }
    }
  }

  /** Finance reads the verification fee schedule (§2.3); a bad price is refused on the page. */
  @org.junit.jupiter.api.Test
  void financeSeesTheFeeScheduleAndABadPriceIsRefused() throws Exception {
    try (Browser browser = new Browser("en")) {
      browser.signIn(
          Stack.siteOf("demo") + "/admin/", "demo", "finance@demo.example", Stack.demoPassword());
      browser.waitForUrl("/admin/");
      browser.click("#nav-fees");
      browser.waitForText("h1", "Verification fee schedule");
      browser.type("#publish\\:amount", "12.345");
      browser.click("#publish\\:submit");
      browser.waitForContains("#publish", "Amount");
      assertThat(browser.text("#publish")).contains("not valid");
      browser.click("#lang-zh");
      browser.waitForText("h1", "认证收费标准");

      // the fee report: made in the background, the page follows its progress
      browser.click("#nav-reports");
      browser.waitForText("h1", "认证费用报表");
      new org.openqa.selenium.support.ui.Select(browser.find("#report\\:format"))
          .selectByValue("CSV");
      browser.click("#report\\:start");
      browser.waitForContains("#jobs", "已完成");
      assertThat(browser.find("#jobs a.download").getAttribute("href"))
          .contains("/admin/fee-report-files?id=");
    }
  }
}
