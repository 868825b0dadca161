package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A developer in real headless Chromium, in tenant {@code gamma} (which has an agreement in force):
 * register → confirm the mailed link → sign in through Keycloak → accept the agreement → my account
 * → upload a document; then the same pages in Chinese.
 */
@ResourceLock(Locks.BROWSER)
@ResourceLock(Locks.GAMMA_AGREEMENT)
class PortalBrowserIT {

  private static final String TENANT = "gamma";

  @Test
  void registerConfirmSignInAcceptUpload() throws Exception {
    String version = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    Api.call(
        TENANT,
        "POST",
        "/admin/api/agreement-versions",
        Api.json(
            Map.of(
                "label",
                version,
                "title",
                "Developer Service Agreement",
                "body",
                "1. Terms …",
                "effectiveAt",
                Instant.now().toString())),
        Api.token(TENANT, "tenant-admin@gamma.example", Stack.demoPassword()));
    String email = Accounts.newEmail("web");
    String portal = Stack.siteOf(TENANT) + "/portal";
    try (Browser browser = new Browser("en")) {
      try {
        walkThrough(browser, portal, email);
      } catch (RuntimeException | AssertionError e) {
        save(browser, "failure.png");
        Files.writeString(
            Path.of("target", "screenshots", "failure.html"), browser.driver().getPageSource());
        throw e;
      }
    }
  }

  private static void walkThrough(Browser browser, String portal, String email) throws Exception {
    browser.open(portal + "/register.xhtml");
    browser.type("#register\\:email", "dev@nodot");
    browser.click("#register\\:submit");
    assertThat(browser.text("#messages")).contains("missing or not valid");
    assertThat(browser.text("#register")).contains("Email address must be a valid email address");
    assertThat(Db.count("SELECT COUNT(*) FROM developer_account WHERE email = 'dev@nodot'"))
        .isZero();

    browser.type("#register\\:email", email);
    browser.click("#register\\:submit");
    assertThat(browser.text("#registered")).contains(email);

    browser.open(Accounts.link(email));
    assertThat(browser.text("#confirm-email")).contains(email);
    browser.type("#confirm\\:password", "browser-pass");
    browser.type("#confirm\\:repeated", "browser-pass-typo");
    browser.click("#confirm\\:submit");
    browser.waitForContains("#confirm", "The two passwords are not the same.");
    browser.type("#confirm\\:password", "short");
    browser.type("#confirm\\:repeated", "short");
    browser.click("#confirm\\:submit");
    browser.waitForContains("#confirm", "at least 10 characters");
    browser.type("#confirm\\:password", "browser-pass");
    browser.type("#confirm\\:repeated", "browser-pass");
    browser.click("#confirm\\:submit");
    browser.waitForContains("#confirmed", email);
    browser.click("#sign-in");
    browser.waitForUrl("/realms/" + TENANT + "/");
    browser.type("#username", email);
    browser.type("#password", "browser-pass");
    browser.click("#kc-login");

    browser.waitForUrl("/portal/account/agreement.xhtml");
    assertThat(browser.text("#agreement-title")).isEqualTo("Developer Service Agreement");
    save(browser, "agreement-en.png");
    browser.click("#accept\\:submit");

    browser.waitForUrl("/portal/account/index.xhtml");
    assertThat(browser.text("#account-email")).isEqualTo(email);
    assertThat(browser.text("#account-status")).isEqualTo("Active");
    assertThat(browser.text("#account-created")).contains("Asia/Shanghai");

    browser.click("#nav-materials");
    Path pdf = Files.createTempFile("licence", ".pdf");
    Files.write(
        pdf,
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    browser.find("#upload\\:file").sendKeys(pdf.toAbsolutePath().toString());
    browser.click("#upload\\:send");
    assertThat(browser.text("#documents\\:list"))
        .contains(pdf.getFileName().toString(), "application/pdf");
    assertThat(browser.text("#history")).contains("1");
    save(browser, "materials-en.png");

    browser.click("#lang-zh");
    browser.waitForText("h1", "主体与资质材料");
    browser.click("#nav-account");
    browser.waitForText("h1", "我的账号");
    assertThat(browser.text("#account-status")).isEqualTo("正常");
    save(browser, "my-account-zh.png");

    // the remaining public pages, each checked by axe-core in Chinese
    browser.open(portal + "/");
    browser.find("h1");
    browser.open(portal + "/report-stolen.xhtml");
    browser.find("h1");
    browser.click("#nav-api");
    browser.waitForText("h1", "API 参考");
    assertThat(browser.text("#api-server")).isEqualTo(portal + "/api");
    assertThat(browser.text("#api-registration")).contains("/portal/api/registrations", "register");
    save(browser, "api-reference-zh.png");
    browser.open(portal.replace("/portal", "/notices/"));
    browser.find("h1");
    assertThat(browser.checkedPages()).hasSizeGreaterThanOrEqualTo(10);

    // a narrow window starts with the menu folded behind its summary
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(480, 900));
    browser.open(portal + "/");
    assertThat(browser.find("details.op-menu").getAttribute("open")).isNull();
    assertThat(browser.find("details.op-menu summary").isDisplayed()).isTrue();
    save(browser, "narrow-zh.png");
  }

  private static void save(Browser browser, String name) throws java.io.IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), browser.screenshot());
  }
}
