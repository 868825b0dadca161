package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.AppTokenRequest;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A developer in Chromium registers an application, a reviewer approves it in the staff console,
 * the developer reveals the AppSecret once on the app's page and the app gets a token with it;
 * reloading the page does not show the secret again.
 */
@ResourceLock(Locks.BROWSER)
class ApplicationsBrowserIT {

  @Test
  void registerApproveRevealSecretOnceGetToken() throws Exception {
    String email = Accounts.newEmail("webapp");
    Accounts.registerConfirmed("demo", email, "webapp-pass-1");
    String portal = Stack.siteOf("demo") + "/portal";
    String name = "Tide Tables " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = new Browser("en")) {
      try {
        browser.signIn(portal + "/account/apps.xhtml", "demo", email, "webapp-pass-1");
        browser.waitForText("h1", "My applications");
        assertThat(browser.text("#no-apps")).contains("no applications");

        browser.type("#register\\:name", name);
        browser.click("#register\\:submit");
        browser.waitForContains("#register", "required");
        assertThat(Db.count("SELECT COUNT(*) FROM application WHERE name = ?", name)).isZero();

        browser.type("#register\\:description", "When the sea comes and goes.");
        browser.type("#register\\:privacyPolicyUrl", "https://tides.example.com/privacy");
        browser.type("#register\\:customerService", "help@tides.example.com");
        browser.type("#register\\:claimsContact", "legal@tides.example.com");
        browser.type("#register\\:domains", "tides.example.com\n潮汐.example.cn");
        browser.click("#register\\:poweredByAcknowledged");
        browser.click("#register\\:submit");
        browser.waitForText("h1", name);
        assertThat(browser.text("#app-state")).isEqualTo("In review");

        String id = Db.string("SELECT id FROM application WHERE name = ?", name).orElseThrow();
        String appId = approveInTheConsole(name);

        browser.open(portal + "/account/app.xhtml?id=" + id);
        browser.waitForText("#app-state", "Approved");
        assertThat(browser.text("#app-id")).isEqualTo(appId);
        // the operator approved it, not a named reviewer (issue 22 item 3)
        assertThat(browser.text("#history"))
            .contains("Approved", "Demo Open Platform")
            .doesNotContain("reviewer@demo.example");
        browser.click("#secret\\:new-secret");
        String secret = browser.text("#app-secret");
        assertThat(secret).isNotBlank();
        save(browser, "app-secret-en.png");

        String endpoint = browser.text("#token-endpoint");
        assertThat(endpoint).isEqualTo(AppTokenRequest.endpoint("demo"));
        AppTokenRequest.Reply token =
            AppTokenRequest.clientCredentials("demo", appId, secret, "127.0.0.1");
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.json().get("access_token").asText()).isNotBlank();

        browser.type("#allow\\:ipAllowList", "not an address");
        browser.click("#allow\\:save");
        browser.waitForContains("#allow", "not valid");
        assertThat(Db.string("SELECT ip_allow_list FROM application WHERE id = ?", id))
            .hasValue("");

        browser.open(portal + "/account/app.xhtml?id=" + id);
        browser.waitForText("#app-state", "Approved");
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        assertThat(browser.text("#secret\\:new-secret"))
            .isEmpty(); // a button: its label is its value
        assertThat(browser.find("#secret\\:new-secret").getAttribute("value"))
            .isEqualTo("Reset the AppSecret");

        browser.click("#lang-zh");
        browser.waitForText("#app-state", "已通过");
        browser.click("#back-to-apps");
        browser.waitForText("h1", "我的应用");
        assertThat(browser.text("#apps")).contains(name, appId);
        save(browser, "my-apps-zh.png");
      } catch (RuntimeException | AssertionError e) {
        save(browser, "apps-failure.png");
        Files.writeString(
            Path.of("target", "screenshots", "apps-failure.html"),
            browser.driver().getPageSource());
        throw e;
      }
    }
  }

  /** A reviewer opens the review queue in the staff console and approves the app. */
  private static String approveInTheConsole(String name) throws Exception {
    try (Browser reviewer = new Browser("en")) {
      try {
        reviewer.signIn(
            Stack.siteOf("demo") + "/admin/apps.xhtml",
            "demo",
            "reviewer@demo.example",
            Stack.demoPassword());
        reviewer.waitForText("h1", "Applications");
        reviewer.find("#queue\\:apps");
        reviewer
            .driver()
            .findElement(
                org.openqa.selenium.By.xpath("//tr[td[normalize-space()='" + name + "']]//a"))
            .click();
        reviewer.waitForText("#app-name", name);
        assertThat(reviewer.driver().getCurrentUrl())
            .as("the app has its own address")
            .contains("app=");
        assertThat(reviewer.text("#app-domains"))
            .contains("tides.example.com", "xn--usw99d.example.cn");
        reviewer.click("#decide\\:approve");
        reviewer.waitForText("#app-state", "Approved");
        save(reviewer, "app-approved-en.png");
        return reviewer.text("#app .op-facts code");
      } catch (RuntimeException | AssertionError e) {
        save(reviewer, "review-failure.png");
        Files.writeString(
            Path.of("target", "screenshots", "review-failure.html"),
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
