package com.openplatform.accounts.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid codes here are made-up 17-character prefixes completed with their computed check
 * character, not real organisations' codes.
 */
class UnifiedSocialCreditCodeTest {

  private static final String ENTERPRISE = "91350100M0001003KM";

  @ParameterizedTest
  @ValueSource(
      strings = {
        ENTERPRISE,
        "93350100M00010004X", // farmers' cooperative
        "52440300MJL1234565", // private non-enterprise unit
        "12100000MB0A1234TA", // public institution
        "A1110000MA0000001K", // military public institution
        "N2330106MF00000010", // village collective; weighted sum divisible by 31, check 0
        "Y11100001234567893" // other authority, category 1
      })
  void acceptsValidCodes(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.ok());
    assertThat(UnifiedSocialCreditCode.parse(raw).orElseThrow().value()).isEqualTo(raw);
  }

  /**
   * Real codes published by their holders or registries (sources in the module's notes), one or
   * more per kind of registration authority the standard's table knows: organs (11), public
   * institutions (12), mass organisations (13), law firms (31), social organisations (51),
   * foundations (53), religious sites (71), enterprises (91), individual businesses (92).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "11100000MB1789023A", // 最高人民法院
        "11110000000029209E", // 北京市司法局
        "119900000106319731", // 新疆生产建设兵团 (division 990000)
        "12100000400000624D", // 清华大学
        "13100000500010213J", // 中国宋庆龄基金会
        "31310000425013819A", // 上海市建纬律师事务所 (law firm)
        "5110000050001963XY", // 中国福利会
        "531000005000160090", // 中国红十字基金会 (check character 0)
        "71310106424845496E", // 静安寺 (religious site)
        "9111000071093123XX", // 国家电网有限公司
        "91100000000013477B", // 中国国家铁路集团有限公司 (division 100000)
        "92500105MAC817EJ5D", // 个体工商户
        "91350100M000100Y43" // the standard's own example (annex B)
      })
  void acceptsRealPublishedCodesOfEveryKindOfAuthority(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.ok());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "36350100M0001003KC", // 司法行政 has no category 6
        "54350100M0001003KG", // 民政 has no category 4 in the standard
        "99350100M0001003KW" // 工商 has no category 9
      })
  void refusesCategoriesTheTableDoesNotHave(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.invalid("characters"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100m0001003km",
        " 91350100M0001003KM ",
        "\t91350100m0001003Km\n",
        "\u300091350100M0001003KM\u3000",
        "9135 0100 M000 1003 KM",
        "91350100-M0001003-KM",
        "\uFF19\uFF11\uFF13\uFF15\uFF10\uFF11\uFF10\uFF10\uFF2D\uFF10\uFF10\uFF10\uFF11\uFF10\uFF10\uFF13\uFF2B\uFF2D"
      })
  void normalizesCaseSpacesSeparatorsAndFullWidth(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw).valid()).isTrue();
    assertThat(UnifiedSocialCreditCode.parse(raw).orElseThrow().value()).isEqualTo(ENTERPRISE);
    assertThat(new UnifiedSocialCreditCode(raw).value()).isEqualTo(ENTERPRISE);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t", "\u3000"})
  void requiresACode(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.invalid("required"));
    assertThat(UnifiedSocialCreditCode.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M0001003K", "91350100M0001003KMM", "9135", "91350100-M0001003K"})
  void refusesWrongLength(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.invalid("length"));
    assertThat(UnifiedSocialCreditCode.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100MI001003KM",
        "91350100MO001003KM",
        "91350100MZ001003KM",
        "91350100MS001003KM",
        "91350100MV001003KM",
        "91350100M0001003KI",
        "91350100M0001003KO"
      })
  void refusesLettersTheStandardLeavesOut(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.invalid("characters"));
    assertThat(UnifiedSocialCreditCode.parse(raw)).isEmpty();
  }

  /** Each carries the check character of its first 17, so only its structure is wrong. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "01350100M0001003KY", // no registration authority 0
        "B1350100M0001003KK", // no registration authority B
        "94350100M0001003KC", // authority 9 has no category 4
        "Y21100001234567890", // authority Y has only category 1
        "9135A100M0001003KH" // administrative division not all digits
      })
  void refusesCodesOutsideTheStructure(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.invalid("characters"));
    assertThat(UnifiedSocialCreditCode.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M0001003K#", "91350100M0001003K\u4E2D", "9135010@0M0001003K"})
  void refusesOtherCharacters(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.invalid("characters"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M0001003KN", // last character wrong
        "91350100M0001003K0",
        "91350100M0001004KM", // one character mistyped
        "91350100M0001030KM", // two characters swapped
        "N2330106MF00000011"
      })
  void refusesWrongCheckCharacter(String raw) {
    assertThat(UnifiedSocialCreditCode.check(raw)).isEqualTo(Validation.invalid("check-character"));
    assertThat(UnifiedSocialCreditCode.parse(raw)).isEmpty();
  }

  @Test
  void constructorRefusesInvalidCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UnifiedSocialCreditCode("91350100M0001003KN"));
    assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode(null));
  }
}
