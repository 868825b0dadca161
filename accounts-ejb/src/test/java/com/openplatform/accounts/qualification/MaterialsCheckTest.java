package com.openplatform.accounts.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import org.junit.jupiter.api.Test;

class MaterialsCheckTest {

  private static final String USCC = "91350100M0001003KM";
  private static final String RESIDENT_ID = "11010119900307125X";

  private static MaterialsForm form(String type, String scheme, String number) {
    return new MaterialsForm(
        type,
        "Fuzhou Example Ltd.",
        scheme,
        number,
        "Zhang San",
        "1 Road, Fuzhou",
        "zs@example.com",
        "+86 591-1234567");
  }

  private static ProblemException refusal(MaterialsForm form) {
    return catchThrowableOfType(ProblemException.class, () -> MaterialsCheck.check(form));
  }

  @Test
  void acceptsAnOrganisationWithAValidUnifiedSocialCreditCode() {
    Materials m = MaterialsCheck.check(form("legal_person", null, " " + USCC.toLowerCase() + " "));

    assertThat(m.subjectType()).isEqualTo(SubjectType.LEGAL_PERSON);
    assertThat(m.numberScheme()).isEqualTo(NumberScheme.USCC);
    assertThat(m.registrationNumber()).isEqualTo(USCC);
    assertThat(m.numberValidated()).isTrue();
  }

  @Test
  void acceptsAnIndividualWithAValidResidentIdentityNumber() {
    Materials m = MaterialsCheck.check(form("INDIVIDUAL", null, "11010119900307125x"));

    assertThat(m.numberScheme()).isEqualTo(NumberScheme.RESIDENT_ID);
    assertThat(m.registrationNumber()).isEqualTo(RESIDENT_ID);
  }

  @Test
  void keepsOtherNumbersAsFreeTextMarkedUnvalidated() {
    Materials m = MaterialsCheck.check(form("OTHER_ORGANISATION", "OTHER", "HRB 12345 B"));

    assertThat(m.numberValidated()).isFalse();
    assertThat(m.registrationNumber()).isEqualTo("HRB 12345 B");
  }

  @Test
  void refusesAWrongCheckCharacterNamingTheReason() {
    ProblemException e = refusal(form("LEGAL_PERSON", null, "91350100M0001003KN"));

    assertThat(e.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("registrationNumber", "number-check-character"));
  }

  @Test
  void refusesAnOrganisationCodeForAnIndividual() {
    assertThat(refusal(form("INDIVIDUAL", null, USCC)).errors())
        .extracting(FieldError::field)
        .containsExactly("registrationNumber");
    assertThat(refusal(form("INDIVIDUAL", "USCC", USCC)).errors())
        .extracting(FieldError::field)
        .containsExactly("numberScheme");
  }

  @Test
  void reportsEveryMissingOrMalformedFieldAtOnce() {
    ProblemException e =
        refusal(new MaterialsForm("ROBOT", " ", "NONE", null, null, "", "not-an-email", "call me"));

    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "subjectType",
            "numberScheme",
            "subjectName",
            "contactName",
            "contactAddress",
            "contactEmail",
            "contactPhone");
  }

  /** §5.4: a banned entity's code given as "another kind of number" is still that code. */
  @Test
  void anOtherNumberThatIsAValidCodeIsCheckedAndKeptAsThatCode() {
    Materials m = MaterialsCheck.check(form("LEGAL_PERSON", "OTHER", "9135-0100-m000-1003-km"));

    assertThat(m.numberScheme()).isEqualTo(NumberScheme.USCC);
    assertThat(m.registrationNumber()).isEqualTo(USCC);
    assertThat(m.numberValidated()).isTrue();
  }

  @Test
  void anOtherNumberFitsItsColumn() {
    String atLimit = "N".repeat(MaterialsForm.NUMBER_MAX);
    assertThat(MaterialsCheck.check(form("LEGAL_PERSON", "OTHER", atLimit)).registrationNumber())
        .isEqualTo(atLimit);

    ProblemException e = refusal(form("LEGAL_PERSON", "OTHER", atLimit + "N"));
    assertThat(e.errors()).extracting(FieldError::code).containsExactly("number-too-long");
  }

  @Test
  void aPhoneNumberFitsItsColumn() {
    String atLimit = "+" + "8".repeat(MaterialsForm.CONTACT_PHONE_MAX - 1);
    MaterialsForm ok =
        new MaterialsForm(
            "LEGAL_PERSON",
            "Fuzhou Example Ltd.",
            null,
            USCC,
            "Zhang San",
            "1 Road",
            "zs@example.com",
            atLimit);
    assertThat(MaterialsCheck.check(ok).contactPhone()).isEqualTo(atLimit);

    MaterialsForm tooLong =
        new MaterialsForm(
            "LEGAL_PERSON",
            "Fuzhou Example Ltd.",
            null,
            USCC,
            "Zhang San",
            "1 Road",
            "zs@example.com",
            atLimit + "8");
    assertThat(refusal(tooLong).errors()).extracting(FieldError::code).containsExactly("too-long");
  }

  @Test
  void registrationNumbersCompareByOneKey() {
    assertThat(RegistrationNumbers.key(" 9135-0100 m000.1003/km "))
        .isEqualTo(
            RegistrationNumbers.key("\uFF19\uFF11\uFF13\uFF15\uFF10\uFF11\uFF10\uFF10M0001003KM"))
        .isEqualTo(USCC);
    assertThat(RegistrationNumbers.key("HRB 12345 B")).isEqualTo("HRB12345B");
  }
}
