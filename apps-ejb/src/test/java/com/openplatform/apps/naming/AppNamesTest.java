package com.openplatform.apps.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppNamesTest {

  private static final List<String> TENCENT = List.of("Tencent");

  @Nested
  class Normalisation {

    @ParameterizedTest
    @ValueSource(
        strings = {"My App", "my-app", "ＭＹ　ＡＰＰ", "My.App!", "MYAPP", "my_app®", " my\tapp\n"})
    void caseWidthWhitespaceAndPunctuationFold(String name) {
      assertThat(AppNames.normalize(name)).isEqualTo("myapp");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "My\u200BApp",
          "My\u200CApp",
          "My\u200DApp",
          "\uFEFFMyApp",
          "My\u00ADApp",
          "My\u2060App"
        })
    void invisibleCharactersVanish(String name) {
      assertThat(AppNames.normalize(name)).isEqualTo("myapp");
    }

    @Test
    void compatibilityCharactersAreSpelledOut() {
      // NFKC turns the trade mark sign into letters before symbols are removed.
      assertThat(AppNames.normalize("My App™")).isEqualTo("myapptm");
      assertThat(AppNames.normalize("Ｍｙ Ａｐｐ ①")).isEqualTo("myapp1");
    }

    @Test
    void fullCaseFolding() {
      assertThat(AppNames.normalize("STRASSE")).isEqualTo(AppNames.normalize("Straße"));
    }

    @Test
    void lettersDigitsAndOtherScriptsStay() {
      assertThat(AppNames.normalize("My App 2")).isEqualTo("myapp2").isNotEqualTo("myapp");
      assertThat(AppNames.normalize("腾讯 助手")).isEqualTo("腾讯助手");
      assertThat(AppNames.normalize("Café")).isNotEqualTo(AppNames.normalize("Cafe"));
    }

    @Test
    void nullAndBlank() {
      assertThat(AppNames.normalize(null)).isEmpty();
      assertThat(AppNames.normalize(" \u3000-")).isEmpty();
      assertThat(AppNames.skeleton(null)).isEmpty();
      assertThat(AppNames.forms("  ")).isEmpty();
    }
  }

  @Nested
  class Confusables {

    @Test
    void skeletonsOfLookAlikes() {
      assertThat(AppNames.skeleton("paypa1"))
          .isEqualTo(AppNames.skeleton("PayPal"))
          .isEqualTo("paypal");
      assertThat(AppNames.skeleton("\u0422\u0435n\u0441\u0435nt")).isEqualTo("tencent");
      assertThat(AppNames.skeleton("m")).isEqualTo(AppNames.skeleton("rn"));
      assertThat(AppNames.skeleton("g00gle")).isEqualTo(AppNames.skeleton("Google"));
      assertThat(AppNames.skeleton("PAYPAI")).isEqualTo("paypal");
      // Greek capitals, with a lunate sigma for C.
      assertThat(AppNames.skeleton("\u03A4\u0395\u039D\u03F9\u0395\u039D\u03A4"))
          .isEqualTo("tencent");
    }

    @Test
    void smallCyrillicTeDoesNotLookLikeT() {
      assertThat(AppNames.skeleton("\u0442encent")).isNotEqualTo("tencent");
      assertThat(AppNames.collision("\u0442encent", TENCENT)).isEmpty();
    }

    @Test
    void lookAlikeNamesCollide() {
      assertThat(AppNames.collision("T\u0435nc\u0435nt", TENCENT)).contains("Tencent");
      assertThat(AppNames.collision("rneituan app", List.of("Meituan"))).contains("Meituan");
      assertThat(AppNames.collision("PaypaI", List.of("PayPal"))).contains("PayPal");
      assertThat(AppNames.collision("PayPa1 Wallet", List.of("PayPal"))).contains("PayPal");
      assertThat(AppNames.collision("G00gle Maps", List.of("Google"))).contains("Google");
    }

    @Test
    void spacedDottedWideAndInvisibleSpellingsCollide() {
      for (String name : List.of("T e n c e n t", "T.e.n.c.e.n.t", "Ｔｅｎｃｅｎｔ", "Ten\u200Bcent")) {
        assertThat(AppNames.collision(name, TENCENT)).as(name).contains("Tencent");
      }
    }

    @Test
    void namesThatOnlyShareLettersPass() {
      assertThat(AppNames.collision("Content Studio", TENCENT)).isEmpty();
      assertThat(AppNames.collision("Tennis Center", TENCENT)).isEmpty();
      assertThat(AppNames.collision("Pay Pals Club", List.of("Google"))).isEmpty();
      // A small i is not a look-alike of l; only a capital I is.
      assertThat(AppNames.collision("Paypai", List.of("PayPal"))).isEmpty();
    }
  }

  @Nested
  class Embedded {

    @Test
    void markInsideLongerNameCollides() {
      assertThat(AppNames.collision("SuperTencentApp", TENCENT)).contains("Tencent");
      assertThat(AppNames.collision("腾讯助手", List.of("腾讯"))).contains("腾讯");
      assertThat(AppNames.collision("QQ Music Fan", List.of("QQ"))).contains("QQ");
      // Whitespace is ignored, so a mark spanning words is embedded too.
      assertThat(AppNames.collision("Ten Cents Budget", TENCENT)).contains("Tencent");
      // Documented consequence: a short mark is refused inside any word containing it.
      assertThat(AppNames.collision("Alipay", List.of("Ali"))).contains("Ali");
    }

    /** Issue 22 item 10: accents and combining marks are folded like the other variants. */
    @Test
    void accentsAndCombiningMarksDoNotHideAMark() {
      assertThat(AppNames.collision("Tencént Helper", TENCENT)).contains("Tencent");
      assertThat(AppNames.collision("Tenc\u0323ent", TENCENT)).contains("Tencent");
      assertThat(AppNames.collision("T\u0301e\u0308ncent", TENCENT)).contains("Tencent");
      assertThat(AppNames.collision("Tennis Center", TENCENT)).isEmpty();
    }

    @Test
    void namesWithoutTheMarkPass() {
      assertThat(AppNames.collision("Quick Quiz", List.of("QQ"))).isEmpty();
      assertThat(AppNames.collision("Paypal", List.of("Alipay"))).isEmpty();
      assertThat(AppNames.collision("Tencen", TENCENT)).isEmpty();
    }

    @Test
    void marksShorterThanTwoCharactersAreIgnored() {
      assertThat(AppNames.collision("QQ Music", List.of("Q", "-", ""))).isEmpty();
      assertThat(AppNames.collision("腾讯", List.of("腾"))).isEmpty();
      assertThat(AppNames.collision("QQ Music", List.of("Q Q"))).contains("Q Q");
    }
  }

  @Nested
  class Transliteration {

    @Test
    void hanNamesGainTheirTonelessPinyin() {
      // Han characters have no case, so the two skeletons coincide.
      assertThat(AppNames.forms("腾讯")).containsExactly("腾讯", "tengxun");
      assertThat(AppNames.forms("微信 Pay")).containsExactly("微信pay", "weixinpay");
      assertThat(AppNames.forms("Tencent")).containsExactly("tencent");
    }

    @Test
    void hanNameAgainstLatinMark() {
      assertThat(AppNames.collision("腾讯", List.of("Tengxun"))).contains("Tengxun");
      assertThat(AppNames.collision("腾讯助手", List.of("Tengxun"))).contains("Tengxun");
      assertThat(AppNames.collision("天气", TENCENT)).isEmpty();
      assertThat(AppNames.collision("天气助手", List.of("Tengxun"))).isEmpty();
    }

    @Test
    void latinNameAgainstHanMark() {
      assertThat(AppNames.collision("tengxun helper", List.of("腾讯"))).contains("腾讯");
      assertThat(AppNames.collision("weixin", List.of("微信"))).contains("微信");
      assertThat(AppNames.collision("Wei-Xin Pay", List.of("微信"))).contains("微信");
      assertThat(AppNames.collision("Weather Now", List.of("微信"))).isEmpty();
    }

    @Test
    void translationsAreNotAttempted() {
      assertThat(AppNames.collision("微信", List.of("WeChat"))).isEmpty();
      assertThat(AppNames.collision("Tencent", List.of("腾讯"))).isEmpty();
    }
  }

  @Nested
  class Reporting {

    @Test
    void reportsTheMarkAsGiven() {
      List<String> marks = List.of("Alibaba", "腾讯", "WeChat");
      assertThat(AppNames.collision("Super Teng-Xun", marks)).contains("腾讯");
      assertThat(AppNames.collision("ｗｅｃｈａｔ ＰＬＵＳ", marks)).contains("WeChat");
    }

    @Test
    void reportsTheFirstMarkInOrder() {
      assertThat(AppNames.collision("Tencent QQ", List.of("QQ", "Tencent"))).contains("QQ");
      assertThat(AppNames.collision("Tencent QQ", List.of("Tencent", "QQ"))).contains("Tencent");
    }

    @Test
    void blankNamesAndMissingMarksCollideWithNothing() {
      assertThat(AppNames.collision(null, TENCENT)).isEmpty();
      assertThat(AppNames.collision(" \u200B ", TENCENT)).isEmpty();
      assertThat(AppNames.collision("Tencent", null)).isEmpty();
      assertThat(AppNames.collision("Tencent", Arrays.asList(null, "Tencent"))).contains("Tencent");
    }
  }

  @Test
  void concurrentUseGivesTheSameForms() {
    List<String> names = List.of("腾讯助手", "微信", "天气", "Теnсеnt", "阿里巴巴");
    List<String> sequential = names.stream().map(n -> String.join("|", AppNames.forms(n))).toList();
    IntStream.range(0, 200)
        .parallel()
        .forEach(
            i -> {
              int k = i % names.size();
              assertThat(String.join("|", AppNames.forms(names.get(k))))
                  .isEqualTo(sequential.get(k));
            });
  }
}
