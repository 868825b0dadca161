package com.openplatform.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

  @Test
  void rendersEnglishAndChineseWithFieldLabels() {
    ProblemException e =
        new ProblemException(
            ProblemKind.Common.INVALID_INPUT,
            List.of(new Problem.FieldError("email", "required", null)));

    Problem en = ProblemMessages.toProblem(e, Locale.ENGLISH, "/x");
    Problem zh = ProblemMessages.toProblem(e, Locale.CHINESE, "/x", f -> "邮箱");

    assertThat(en.status()).isEqualTo(400);
    assertThat(en.type()).isEqualTo("urn:open-platform:problem:invalid-input");
    assertThat(en.errors().get(0).message()).isEqualTo("email is required.");
    assertThat(zh.title()).isEqualTo("输入有误");
    assertThat(zh.errors().get(0).message()).isEqualTo("邮箱为必填项。");
  }

  @Test
  void everyCodeHasTitleAndDetailInBothLanguages() throws Exception {
    var en = new java.util.Properties();
    var zh = new java.util.Properties();
    try (var a =
            getClass().getResourceAsStream("/com/openplatform/core/problem/problems.properties");
        var b =
            getClass()
                .getResourceAsStream("/com/openplatform/core/problem/problems_zh.properties")) {
      en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    for (ProblemKind.Common kind : ProblemKind.Common.values()) {
      assertThat(en).containsKeys(kind.code() + ".title", kind.code() + ".detail");
    }
  }

  /**
   * Details are MessageFormat patterns: an apostrophe must be doubled, or it swallows itself and
   * every argument after it ("this files content is {0}.").
   */
  @Test
  void everyDetailKeepsItsApostrophesAndArguments() throws Exception {
    for (String bundle : List.of("problems.properties", "problems_zh.properties")) {
      var texts = new java.util.Properties();
      try (var in = getClass().getResourceAsStream("/com/openplatform/core/problem/" + bundle)) {
        texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String key : texts.stringPropertyNames()) {
        if (!key.endsWith(".detail")) {
          continue;
        }
        String pattern = texts.getProperty(key);
        String expected = pattern.replace("''", "'").replace("{0}", "«A»").replace("{1}", "«B»");
        assertThat(java.text.MessageFormat.format(pattern, "«A»", "«B»"))
            .as(bundle + " " + key)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void theUnsupportedDocumentMessageNamesTheDetectedType() {
    Problem p =
        ProblemMessages.toProblem(
            new ProblemException(ProblemKind.of("document-type", 415), "text/plain"),
            Locale.ENGLISH,
            null);

    assertThat(p.detail()).endsWith("this file's content is text/plain.");
  }
}
