package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Api;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.FeeInForceTest;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Stack;
import com.openplatform.it.support.Verifications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * §2.4.2 in Chromium: a reviewer entrusts a paid order to the demo tenant's reviewer organisation
 * in the staff console; the organisation's sign-in lands on its narrow queue, sees that order and
 * not the staff's, reads the developer's materials and approves it; the rest of the console is
 * closed to it with a readable page.
 */
@ResourceLock(Locks.BROWSER)
class ReviewerOrganisationBrowserIT extends FeeInForceTest {

  private static final String ORGANISATION = "Review Agency (sample)";

  private static String number(Verifications.Order order) {
    return Api.get("demo", "/portal/api/verification/orders/" + order.id(), order.token())
        .json()
        .get("number")
        .asText();
  }

  @Test
  void anEntrustedOrganisationReviewsOnlyWhatItIsGiven() throws Exception {
    String entrusted = number(Verifications.paid("web-org"));
    String staffOnly = number(Verifications.paid("web-staff"));
    String admin = Stack.siteOf("demo") + "/admin";

    try (Browser reviewer = new Browser("en")) {
      reviewer.keepOnFailure(
          "org-assign-failure",
          () -> {
            reviewer.signIn(
                admin + "/orders.xhtml", "demo", "reviewer@demo.example", Stack.demoPassword());
            reviewer.waitForText("h1", "Verification orders");
            reviewer.click("#open-" + entrusted);
            reviewer.waitForText("#order-state", "Paid");
            assertThat(reviewer.text("#order-reviewer")).isNotBlank();
            Select to = new Select(reviewer.find("#assign\\:organisation"));
            to.selectByVisibleText(
                to.getOptions().stream()
                    .map(o -> o.getText())
                    .filter(t -> t.contains(ORGANISATION))
                    .findFirst()
                    .orElseThrow());
            reviewer.click("#assign\\:assign-button");
            reviewer.waitForContains("#order-reviewer", ORGANISATION);
            reviewer.save("org-assigned-en");
          });
    }

    try (Browser organisation = new Browser("en")) {
      organisation.keepOnFailure(
          "org-review-failure",
          () -> {
            organisation.signIn(
                admin + "/", "demo", "org-reviewer@demo.example", Stack.demoPassword());
            organisation.waitForText("h1", "Verification orders");
            assertThat(organisation.text("#scope")).contains(ORGANISATION);
            organisation.open(admin + "/orders.xhtml?state=all");
            organisation.waitForText("h1", "Verification orders");
            assertThat(organisation.driver().findElements(By.id("open-" + entrusted))).hasSize(1);
            assertThat(organisation.driver().findElements(By.id("open-" + staffOnly))).isEmpty();
            assertThat(organisation.driver().findElements(By.id("nav-accounts"))).isEmpty();
            assertThat(organisation.driver().findElements(By.id("nav-reports"))).isEmpty();

            organisation.click("#open-" + entrusted);
            organisation.waitForText("#order-state", "Paid");
            assertThat(organisation.find("#materials").isDisplayed()).isTrue();
            assertThat(organisation.driver().findElements(By.id("assign"))).isEmpty();
            organisation.click("#decide\\:approve");
            organisation.waitForText("#order-state", "Approved");
            organisation.save("org-approved-en");

            organisation.click("#lang-zh");
            organisation.waitForContains("#order-state", "已通过");

            for (String closed :
                new String[] {"/apps.xhtml", "/account.xhtml?id=x", "/reports.xhtml"}) {
              organisation.open(admin + closed);
              organisation.waitForContains("#error", "");
              assertThat(organisation.find("#error").getAttribute("data-status"))
                  .as(closed)
                  .isIn("403", "404");
            }
          });
    }
  }

  @Test
  void anAdministratorRecordsAnOrganisationAndGivesItASignIn() throws Exception {
    String name = "Web Agency " + java.util.UUID.randomUUID().toString().substring(0, 8);
    String email = com.openplatform.it.support.Accounts.newEmail("web-org");
    String admin = Stack.siteOf("demo") + "/admin";
    try (Browser administrator = new Browser("en")) {
      administrator.keepOnFailure(
          "org-create-failure",
          () -> {
            administrator.signIn(
                admin + "/organisations.xhtml",
                "demo",
                "tenant-admin@demo.example",
                Stack.demoPassword());
            administrator.waitForText("h1", "Reviewer organisations");
            administrator.type("#create\\:name", name);
            administrator.type("#create\\:contact", "review@example.com");
            administrator.click("#create\\:create-button");
            administrator.waitForText("#organisation h2", name);
            administrator.type("#member\\:email", email);
            administrator.type("#member\\:password", "web-org-password-1");
            administrator.click("#member\\:add");
            administrator.waitForContains("#members", email);
            assertThat(administrator.text("#organisations")).contains(name);
            administrator.save("org-created-en");
          });
    }
    try (Browser reviewer = new Browser("zh")) {
      reviewer.keepOnFailure(
          "org-new-sign-in-failure",
          () -> {
            reviewer.signIn(admin + "/", "demo", email, "web-org-password-1");
            // the administrator's password was a first one: Keycloak asks for the reviewer's own
            reviewer.type("#password-new", "my-own-org-password-1");
            reviewer.type("#password-confirm", "my-own-org-password-1");
            reviewer.click("#kc-passwd-update-form [type=submit]");
            reviewer.waitForContains("#scope", name);
            assertThat(reviewer.driver().findElements(By.id("nav-organisations"))).isEmpty();
          });
    }
  }
}
