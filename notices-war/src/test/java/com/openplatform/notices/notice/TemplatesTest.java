package com.openplatform.notices.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  private final Templates templates = new Templates();

  @Test
  void aTopicsTextIsFilledAndTheNameWaitsForEachRecipient() {
    NoticeText text =
        templates.text(
            "app.rejected",
            Map.of(
                "app", "Weather {beta}", "reasons", "It's missing a privacy policy", "link", "L"));
    assertThat(text.subjectEn()).isEqualTo("Application not approved: Weather '{'beta'}'");
    NoticeText forAnn = text.fill(Map.of("name", "Ann"));
    assertThat(forAnn.subjectEn()).isEqualTo("Application not approved: Weather {beta}");
    assertThat(forAnn.textEn())
        .startsWith("Dear Ann,")
        .contains("It's missing a privacy policy")
        .contains("§2.5.6");
    assertThat(forAnn.subjectZh()).isEqualTo("应用未通过审核：Weather {beta}");
  }

  @Test
  void anUnknownTopicStillSaysSomething() {
    NoticeText text = templates.text("no.such.topic", Map.of("a", "b"));
    assertThat(text.subjectEn()).isEqualTo("no.such.topic");
    assertThat(text.textEn()).contains("a=b");
  }
}
