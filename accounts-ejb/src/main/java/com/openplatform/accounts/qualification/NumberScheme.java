package com.openplatform.accounts.qualification;

/**
 * How a registration number is checked: China's unified social credit code, the resident identity
 * number, or another scheme kept as free text and marked unvalidated (a foreign registration, a
 * passport).
 */
public enum NumberScheme {
  USCC,
  RESIDENT_ID,
  OTHER;

  Validation check(String raw) {
    return switch (this) {
      case USCC -> UnifiedSocialCreditCode.check(raw);
      case RESIDENT_ID -> ResidentIdentityNumber.check(raw);
      case OTHER ->
          raw == null || raw.isBlank()
              ? Validation.invalid("required")
              : raw.strip().length() > MaterialsForm.NUMBER_MAX
                  ? Validation.invalid("too-long")
                  : Validation.ok();
    };
  }

  /**
   * §5.4: the checked scheme a number given as {@code OTHER} really belongs to, so a banned
   * entity's code can't pass as "another kind of number".
   */
  static java.util.Optional<NumberScheme> recognise(String raw) {
    if (UnifiedSocialCreditCode.check(raw).valid()) {
      return java.util.Optional.of(USCC);
    }
    if (ResidentIdentityNumber.check(raw).valid()) {
      return java.util.Optional.of(RESIDENT_ID);
    }
    return java.util.Optional.empty();
  }

  String normalize(String raw) {
    return switch (this) {
      case USCC ->
          UnifiedSocialCreditCode.parse(raw).map(UnifiedSocialCreditCode::value).orElseThrow();
      case RESIDENT_ID ->
          ResidentIdentityNumber.parse(raw).map(ResidentIdentityNumber::value).orElseThrow();
      case OTHER -> raw.strip();
    };
  }
}
