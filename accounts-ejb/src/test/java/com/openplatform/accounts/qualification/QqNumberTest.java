package com.openplatform.accounts.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QqNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"10000", "123456789", "12345678901", "99999999999"})
  void acceptsFiveToElevenDigits(String raw) {
    assertThat(QqNumber.check(raw)).isEqualTo(Validation.ok());
    assertThat(QqNumber.parse(raw).orElseThrow().value()).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {" 123456 ", "\t10000\n", "\u300012345678901"})
  void trimsSurroundingSpace(String raw) {
    assertThat(QqNumber.parse(raw).orElseThrow().value()).isEqualTo(raw.strip());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t", "\u3000"})
  void requiresANumber(String raw) {
    assertThat(QqNumber.check(raw)).isEqualTo(Validation.invalid("required"));
    assertThat(QqNumber.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01234", // leading zero
        "012345678",
        "1234", // 4 digits
        "123456789012", // 12 digits
        "12345a",
        "abcdef",
        "123 456",
        "+12345",
        "-12345",
        "12345.0",
        "\uFF11\uFF12\uFF13\uFF14\uFF15" // full-width digits
      })
  void refusesAnythingElse(String raw) {
    assertThat(QqNumber.check(raw)).isEqualTo(Validation.invalid("format"));
    assertThat(QqNumber.parse(raw)).isEmpty();
  }

  @Test
  void constructorRefusesInvalidNumber() {
    assertThatIllegalArgumentException().isThrownBy(() -> new QqNumber("01234"));
  }
}
