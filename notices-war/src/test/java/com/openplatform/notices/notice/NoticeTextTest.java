package com.openplatform.notices.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTextTest {

  @Test
  void variablesAreFilledInBothLanguagesAndUnknownOnesStay() {
    NoticeText text =
        new NoticeText("规则更新：{title}", "Rules: {title}", "{name}，您好", "Dear {name}, it's {title}");
    NoticeText once = text.fill(Map.of("title", "v2"));
    assertThat(once.subjectZh()).isEqualTo("规则更新：v2");
    assertThat(once.textEn()).isEqualTo("Dear {name}, it's v2");
    NoticeText twice = once.fill(Map.of("name", "Ann"));
    assertThat(twice.textEn()).isEqualTo("Dear Ann, it's v2");
    assertThat(twice.textZh()).isEqualTo("Ann，您好");
  }

  @Test
  void eachLanguageMayHaveItsOwnValues() {
    NoticeText text = new NoticeText("通知", "Notice", "{name}，您好", "Dear {name},");
    NoticeText filled = text.fill(Map.of("name", "各位开发者"), Map.of("name", "developers"));
    assertThat(filled.textZh()).isEqualTo("各位开发者，您好");
    assertThat(filled.textEn()).isEqualTo("Dear developers,");
  }

  @Test
  void aMalformedTextIsFoundWhenTheNoticeIsMade() {
    assertThat(new NoticeText("a", "b", "c {name}", "d").wellFormed()).isTrue();
    assertThat(new NoticeText("a", "b", "c {name", "d").wellFormed()).isFalse();
  }

  @Test
  void bothLanguagesChineseFirstAndOneWhenTheyAreTheSame() {
    NoticeText two = new NoticeText("中", "en", "正文", "text");
    assertThat(two.bilingualSubject()).isEqualTo("中 / en");
    assertThat(two.bilingualText()).startsWith("正文").endsWith("text");
    NoticeText one = new NoticeText("Same", "Same", "t", "t");
    assertThat(one.bilingualSubject()).isEqualTo("Same");
    assertThat(one.bilingualText()).isEqualTo("t");
  }
}
