package com.openplatform.accounts.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid numbers here are made-up 17-digit prefixes completed with their computed check
 * character, not real people's numbers.
 */
class ResidentIdentityNumberTest {

  @ParameterizedTest
  @CsvSource({
    "110101199003071233, 1990-03-07",
    "11010119900307125X, 1990-03-07",
    "110101190001010022, 1900-01-01",
    "440304200002290014, 2000-02-29"
  })
  void acceptsValidNumbersAndReadsTheBirthDate(String raw, LocalDate birthDate) {
    assertThat(ResidentIdentityNumber.check(raw)).isEqualTo(Validation.ok());
    ResidentIdentityNumber number = ResidentIdentityNumber.parse(raw).orElseThrow();
    assertThat(number.value()).isEqualTo(raw);
    assertThat(number.birthDate()).isEqualTo(birthDate);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010119900307125x",
        " 11010119900307125X ",
        "\t11010119900307125x\n",
        "\u300011010119900307125x\u3000",
        "110101 19900307 125X",
        "110101-19900307-125X",
        "\uFF11\uFF11\uFF10101199003071\uFF12\uFF15\uFF38" // full-width digits and X
      })
  void normalizesLowerCaseXSpacesSeparatorsAndFullWidth(String raw) {
    assertThat(ResidentIdentityNumber.check(raw).valid()).isTrue();
    assertThat(ResidentIdentityNumber.parse(raw).orElseThrow().value())
        .isEqualTo("11010119900307125X");
    assertThat(new ResidentIdentityNumber(raw).value()).isEqualTo("11010119900307125X");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t", "\u3000"})
  void requiresANumber(String raw) {
    assertThat(ResidentIdentityNumber.check(raw)).isEqualTo(Validation.invalid("required"));
    assertThat(ResidentIdentityNumber.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110101900307123", // the old 15-digit number
        "11010119900307123",
        "1101011990030712333",
        "110101-19900307-123"
      })
  void refusesWrongLength(String raw) {
    assertThat(ResidentIdentityNumber.check(raw)).isEqualTo(Validation.invalid("length"));
    assertThat(ResidentIdentityNumber.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010119900307A233",
        "1101011990030712X3", // X only as the check character
        "11010119900307125Y",
        "110101#99003071233",
        "11010119900307123\u4E2D"
      })
  void refusesOtherCharacters(String raw) {
    assertThat(ResidentIdentityNumber.check(raw)).isEqualTo(Validation.invalid("characters"));
    assertThat(ResidentIdentityNumber.parse(raw)).isEmpty();
  }

  /** Each carries the check character of its first 17 digits, so only the birth date is wrong. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "440304199002300010", // 30 February
        "440304190002290018", // 29 February 1900, not a leap year
        "440304199013010019", // month 13
        "440304199000070012", // month 00
        "440304189912310016", // before 1900
        "440304209901010013" // in the future
      })
  void refusesImpossibleBirthDates(String raw) {
    assertThat(ResidentIdentityNumber.check(raw)).isEqualTo(Validation.invalid("birth-date"));
    assertThat(ResidentIdentityNumber.parse(raw)).isEmpty();
  }

  @Test
  void acceptsBirthTodayButNotTomorrow() {
    String bornOn20240520 = "440304202405200035";
    assertThat(ResidentIdentityNumber.check(bornOn20240520, LocalDate.of(2024, 5, 20)))
        .isEqualTo(Validation.ok());
    assertThat(ResidentIdentityNumber.check(bornOn20240520, LocalDate.of(2024, 5, 19)))
        .isEqualTo(Validation.invalid("birth-date"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110101199003071234", // last digit wrong
        "11010119900307123X",
        "110101199003071250", // X expected
        "110101199003071323" // two digits swapped
      })
  void refusesWrongCheckCharacter(String raw) {
    assertThat(ResidentIdentityNumber.check(raw)).isEqualTo(Validation.invalid("check-character"));
    assertThat(ResidentIdentityNumber.parse(raw)).isEmpty();
  }

  @Test
  void constructorRefusesInvalidNumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ResidentIdentityNumber("110101199003071234"));
    assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdentityNumber(null));
  }

  @Test
  void toStringMasksTheBirthDate() {
    assertThat(new ResidentIdentityNumber("110101199003071233").toString())
        .doesNotContain("19900307")
        .doesNotContain("110101199003071233");
  }
}
