package com.openplatform.accounts.qualification;

import com.openplatform.accounts.account.EmailAddress;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks submitted materials (§1.1, §2.2.2) and reports every field at fault at once: the subject
 * type, the subject's name, the registration number by its real rules (check characters), and the
 * contact person's name, address, email and phone.
 */
final class MaterialsCheck {

  /**
   * Digits, spaces and hyphens, an optional leading +; at most {@link
   * MaterialsForm#CONTACT_PHONE_MAX}.
   */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,}");

  private MaterialsCheck() {}

  static Materials check(MaterialsForm form) {
    if (form == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    List<FieldError> errors = new ArrayList<>();
    SubjectType type = enumOf(SubjectType.class, form.subjectType(), "subjectType", errors, true);
    NumberScheme scheme =
        enumOf(NumberScheme.class, form.numberScheme(), "numberScheme", errors, false);
    text(form.subjectName(), "subjectName", MaterialsForm.SUBJECT_NAME_MAX, errors);
    String number = null;
    if (type != null) {
      NumberScheme used = scheme == null ? type.defaultScheme() : scheme;
      if (used == NumberScheme.OTHER) {
        used = NumberScheme.recognise(form.registrationNumber()).orElse(NumberScheme.OTHER);
      } else if (used != type.defaultScheme()) {
        errors.add(new FieldError("numberScheme", "invalid", null));
        used = null;
      }
      if (used != null) {
        Validation v = used.check(form.registrationNumber());
        if (!v.valid()) {
          errors.add(new FieldError("registrationNumber", "number-" + v.reason(), null));
        } else {
          number = used.normalize(form.registrationNumber());
        }
      }
      scheme = used;
    }
    text(form.contactName(), "contactName", MaterialsForm.CONTACT_NAME_MAX, errors);
    text(form.contactAddress(), "contactAddress", MaterialsForm.CONTACT_ADDRESS_MAX, errors);
    if (form.contactEmail() == null || form.contactEmail().isBlank()) {
      errors.add(new FieldError("contactEmail", "required", null));
    } else if (form.contactEmail().strip().length() > MaterialsForm.CONTACT_EMAIL_MAX) {
      errors.add(new FieldError("contactEmail", "too-long", null));
    } else if (EmailAddress.parse(form.contactEmail()).isEmpty()) {
      errors.add(new FieldError("contactEmail", "email", null));
    }
    if (form.contactPhone() == null || form.contactPhone().isBlank()) {
      errors.add(new FieldError("contactPhone", "required", null));
    } else if (form.contactPhone().strip().length() > MaterialsForm.CONTACT_PHONE_MAX) {
      errors.add(new FieldError("contactPhone", "too-long", null));
    } else if (!PHONE.matcher(form.contactPhone().strip()).matches()) {
      errors.add(new FieldError("contactPhone", "phone", null));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return new Materials(
        type,
        form.subjectName().strip(),
        scheme,
        number,
        scheme != NumberScheme.OTHER,
        form.contactName().strip(),
        form.contactAddress().strip(),
        EmailAddress.parse(form.contactEmail()).orElseThrow().value(),
        form.contactPhone().strip());
  }

  private static void text(String value, String field, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "required", null));
    } else if (value.strip().length() > max) {
      errors.add(new FieldError(field, "too-long", null));
    }
  }

  private static <E extends Enum<E>> E enumOf(
      Class<E> type, String value, String field, List<FieldError> errors, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "required", null));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "invalid", null));
      return null;
    }
  }
}
