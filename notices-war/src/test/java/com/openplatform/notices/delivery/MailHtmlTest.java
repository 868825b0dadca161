package com.openplatform.notices.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.accounts.api.TenantMail;
import com.openplatform.notices.notice.NoticeText;
import org.junit.jupiter.api.Test;

class MailHtmlTest {

  private static MailChannel.Mail mail(boolean commercial, String text) {
    return new MailChannel.Mail(
        "d1",
        "dev@example.com",
        new TenantMail.Sender("Demo", "no-reply@demo.example", null),
        new NoticeText("主题", "Subject", text, "Line one\nline two\n\nNext <b>paragraph</b>"),
        commercial,
        "http://demo.localhost:8080/notices/api/unsubscribe/d1",
        "http://demo.localhost:8080/notices/inbox/");
  }

  @Test
  void textIsEscapedAndParagraphsKept() {
    String html = MailHtml.of(mail(false, "<script>alert(1)</script>"));
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(html)
        .contains("<p>Line one<br>line two</p><p>Next &lt;b&gt;paragraph&lt;/b&gt;</p>");
    assertThat(html).contains("lang=\"zh-CN\"").contains("lang=\"en\"");
    assertThat(html).doesNotContain("unsubscribe");
  }

  @Test
  void aCommercialMailSaysSoAndLinksTheUnsubscribe() {
    assertThat(MailHtml.of(mail(true, "正文")))
        .contains("/notices/api/unsubscribe/d1")
        .contains("Commercial");
  }
}
