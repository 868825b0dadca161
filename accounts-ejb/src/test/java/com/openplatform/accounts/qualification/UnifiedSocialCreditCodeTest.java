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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100m0001003km",
        " 91350100M0001003KM ",
        "\t91350100m0001003Km\n",
        "\u300091350100M0001003KM\u3000"
      })
  void normalizesCaseAndSurroundingSpace(String raw) {
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
  @ValueSource(
      strings = {"91350100M0001003K", "91350100M0001003KMM", "9135", "91350100-M0001003KM"})
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
  @ValueSource(strings = {"91350100M00010 3KM", "\uFF191350100M0001003KM", "91350100M0001003K-"})
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
