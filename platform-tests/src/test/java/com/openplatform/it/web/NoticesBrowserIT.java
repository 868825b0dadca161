package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Browser;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Stack;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Notices in headless Chromium (§6.1): a tenant administrator composes a notice to a segment (the
 * active developers of tenant {@code delta}, whose developers no other browser test signs in) on
 * the notices desk, sees how many it reaches and follows its progress; a developer of that segment
 * signing in to the portal sees the prompt banner, reads and acknowledges the prompt, and finds the
 * message in the inbox.
 */
@ResourceLock(Locks.BROWSER)
class NoticesBrowserIT {

  @Test
  void staffComposeToASegmentAndTheDeveloperSeesThePromptAndTheMessage() throws Exception {
    String email = Accounts.newEmail("notice-browser");
    String developerId = Accounts.registerConfirmed("delta", email, "notice-browser-pass");
    String subject = "Maintenance " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser staff = new Browser("en")) {
      staff.keepOnFailure(
          "notices-staff",
          () -> {
            staff.signIn(
                Stack.siteOf("delta") + "/notices/staff/",
                "delta",
                "tenant-admin@delta.example",
                Stack.demoPassword());
            staff.waitForText("h1", "Notices desk");
            new org.openqa.selenium.support.ui.Select(staff.find("#compose\\:audienceType"))
                .selectByValue("SEGMENT");
            new org.openqa.selenium.support.ui.Select(staff.find("#compose\\:status"))
                .selectByValue("ACTIVE");
            staff.click("#compose\\:count");
            assertThat(staff.waitForContains("#compose\\:audience-size", "developers"))
                .matches(" ?\\d+ developers would receive it now");
            // prompt and inbox, not email
            for (org.openqa.selenium.WebElement box :
                staff
                    .driver()
                    .findElements(
                        org.openqa.selenium.By.cssSelector("#compose\\:channels input"))) {
              boolean wanted =
                  box.getAttribute("value").equals("PROMPT")
                      || box.getAttribute("value").equals("INBOX");
              if (box.isSelected() != wanted) {
                box.click();
              }
            }
            staff.type("#compose\\:subjectZh", subject + " 维护通知");
            staff.type("#compose\\:textZh", "{name}，您好：\n\n本周六凌晨维护两小时。");
            staff.type("#compose\\:subjectEn", subject);
            staff.type(
                "#compose\\:textEn", "Dear {name},\n\nmaintenance on Saturday night, two hours.");
            staff.click("#compose\\:send");
            staff.waitForUrl("notice.xhtml?id=");
            // the notice's page says it is made, then refreshes itself until it is delivered
            assertThat(staff.text("#messages")).contains("The notice is made");
            staff.waitForText("#notice-state", "Delivered to all recipients");
            assertThat(staff.text("#notice-progress")).matches("Sent \\d+ · Pending 0 · .*");
            staff.save("notices-staff-progress");
            // the wording of the platform's own notices, with its preview
            staff.click("#nav-templates");
            staff.waitForText("h1", "Wording of the platform's notices");
            staff.clickLink("letter.received");
            staff.waitForText("#template-topic", "letter.received");
            assertThat(staff.text("#preview")).contains("Zhang San").contains("We received");
            staff.save("notices-templates");
            // a notice for tomorrow waits, and its page asks for its progress in place
            staff.click("#nav-staff");
            staff.waitForText("h1", "Notices desk");
            new org.openqa.selenium.support.ui.Select(staff.find("#compose\\:audienceType"))
                .selectByValue("DEVELOPER");
            staff.type("#compose\\:developerId", developerId);
            staff.type("#compose\\:subjectZh", "明日通知");
            staff.type("#compose\\:textZh", "明天见。");
            staff.type("#compose\\:subjectEn", "Tomorrow's notice");
            staff.type("#compose\\:textEn", "See you tomorrow.");
            ((org.openqa.selenium.JavascriptExecutor) staff.driver())
                .executeScript(
                    "document.getElementById('compose:sendAt').value = arguments[0];",
                    java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                        .plusDays(1)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
            staff.click("#compose\\:send");
            staff.waitForUrl("notice.xhtml?id=");
            staff.waitForText("#notice-state", "Scheduled");
            staff.click("#poll\\:refresh");
            staff.waitForText("#notice-state", "Scheduled");
            staff.save("notices-scheduled");
          });
    }
    try (Browser developer = new Browser("en")) {
      developer.keepOnFailure(
          "notices-developer",
          () -> {
            developer.signIn(
                Stack.siteOf("delta") + "/portal/account/", "delta", email, "notice-browser-pass");
            developer.waitForUrl("/portal/account/");
            assertThat(developer.text("#prompt-banner")).contains("notices from the operator");
            assertThat(developer.text("#unread-count")).isEqualTo("1");
            developer.save("notices-portal-banner");
            developer.click("#prompt-open");
            developer.waitForUrl("/notices/inbox/");
            assertThat(developer.text("#prompts")).contains(subject).contains("Dear " + email);
            developer.save("notices-inbox-prompt");
            developer.click("#prompts .acknowledge");
            developer.waitForContains("#messages", "acknowledged");
            assertThat(developer.driver().findElements(org.openqa.selenium.By.id("prompts")))
                .isEmpty();
            assertThat(developer.text(".message .subject")).contains(subject);
            developer.click(".message summary");
            developer.click(".message .read");
            developer.waitForUrl("/notices/inbox/");
            // a reload repeats nothing; back in the portal the banner and the unread count are gone
            developer.driver().navigate().refresh();
            assertThat(developer.text(".message .subject")).contains(subject);
            developer.open(Stack.siteOf("delta") + "/portal/account/");
            developer.waitForUrl("/portal/account/");
            assertThat(developer.driver().findElements(org.openqa.selenium.By.id("prompt-banner")))
                .isEmpty();
            assertThat(developer.driver().findElements(org.openqa.selenium.By.id("unread-count")))
                .isEmpty();
            developer.open(Stack.siteOf("delta") + "/notices/inbox/");
            developer.click("#lang-zh");
            developer.waitForText("h1", "我的站内信");
            assertThat(developer.text(".message .subject")).contains("维护通知");
            developer.save("notices-inbox-zh");
            // §6.4: a written notice to the operator, received with its number
            developer.click("#lang-en");
            developer.click("#nav-letters");
            developer.waitForText("h1", "Written notices to the operator");
            developer.type("#write\\:subject", "Question " + subject);
            developer.type("#write\\:body", "我们对收费有疑问。\nA question about the fee.");
            developer.click("#write\\:send");
            assertThat(developer.waitForContains("#messages", "Received")).contains("L-");
            assertThat(developer.text(".letter summary")).contains("Question " + subject, "Open");
            developer.save("notices-letters");
          });
    }
  }
}
