package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Deployments;
import com.openplatform.it.support.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A developer in real headless Chromium: register on the portal, sign in through Keycloak, my account. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void registerSignInAndSeeMyAccount() throws Exception {
    String email = "web-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String portal = Stack.siteOf("demo") + "/portal";
    try (Browser browser = new Browser("en")) {
      try {
        walkThrough(browser, portal, email);
      } catch (RuntimeException | AssertionError e) {
        save(browser, "failure.png");
        Files.writeString(Path.of("target", "screenshots", "failure.html"), browser.driver().getPageSource());
        throw e;
      }
    }
  }

  private static void walkThrough(Browser browser, String portal, String email) throws Exception {
    {
      browser.open(portal + "/register.xhtml");
      browser.type("#register\\:email", "dev@nodot");
      browser.type("#register\\:password", "short");
      browser.click("#register\\:submit");
      assertThat(browser.text("#messages")).contains("missing or not valid");
      assertThat(browser.text("#register")).contains("must be a valid email address", "at least 8 characters");
      assertThat(Db.count("SELECT COUNT(*) FROM developer_account WHERE email = 'dev@nodot'")).isZero();

      browser.type("#register\\:email", email);
      browser.type("#register\\:password", "browser-pass");
      browser.click("#register\\:submit");
      assertThat(browser.text("#registered")).contains(email);

      browser.open(Accounts.link(email));
      assertThat(browser.text("#confirmed")).contains(email);
      browser.click("#sign-in");
      browser.waitForUrl("/realms/demo/");
      browser.type("#username", email);
      browser.type("#password", "browser-pass");
      browser.click("#kc-login");

      browser.waitForUrl("/portal/account/");
      assertThat(browser.text("#account-email")).isEqualTo(email);
      assertThat(browser.text("#account-status")).isEqualTo("Active");
      assertThat(browser.text("#account-created")).contains("Asia/Shanghai");
      save(browser, "my-account-en.png");

      browser.click("#lang-zh");
      assertThat(browser.text("h1")).isEqualTo("我的账号");
      assertThat(browser.text("#account-status")).isEqualTo("正常");
      save(browser, "my-account-zh.png");
    }
  }

  private static void save(Browser browser, String name) throws java.io.IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), browser.screenshot());
  }
}
