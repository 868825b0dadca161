package com.openplatform.accounts.stolen;

import com.openplatform.accounts.account.EmailAddress;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stolen-account report lacks for verification (§2.1.6: identity information, facts,
 * requests). A report with nothing to act on, or with oversized or malformed fields, is refused
 * outright.
 */
final class ReportCompleteness {

  static final int SHORT_MAX = ReportForm.SHORT_MAX;
  static final int LONG_MAX = ReportForm.LONG_MAX;

  private ReportCompleteness() {}

  /** The names of the missing fields; empty for a complete report. */
  static List<String> missing(ReportForm form) {
    check(form);
    List<String> missing = new ArrayList<>();
    if (blank(form.accountEmail())) {
      missing.add("accountEmail");
    }
    if (blank(form.reporterName())) {
      missing.add("reporterName");
    }
    if (blank(form.reporterEmail()) && blank(form.reporterPhone())) {
      missing.add("reporterContact");
    }
    if (blank(form.identityInfo())) {
      missing.add("identityInfo");
    }
    if (blank(form.facts())) {
      missing.add("facts");
    }
    if (blank(form.requests())) {
      missing.add("requests");
    }
    return missing;
  }

  private static void check(ReportForm form) {
    if (form == null || (blank(form.accountEmail()) && blank(form.facts()))) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(
              new FieldError("accountEmail", "required", null),
              new FieldError("facts", "required", null)));
    }
    List<FieldError> errors = new ArrayList<>();
    length(errors, "accountEmail", form.accountEmail(), SHORT_MAX);
    length(errors, "reporterName", form.reporterName(), SHORT_MAX);
    length(errors, "reporterEmail", form.reporterEmail(), SHORT_MAX);
    length(errors, "reporterPhone", form.reporterPhone(), ReportForm.PHONE_MAX);
    length(errors, "identityInfo", form.identityInfo(), LONG_MAX);
    length(errors, "facts", form.facts(), LONG_MAX);
    length(errors, "requests", form.requests(), LONG_MAX);
    if (!blank(form.reporterEmail()) && EmailAddress.parse(form.reporterEmail()).isEmpty()) {
      errors.add(new FieldError("reporterEmail", "email", null));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
  }

  private static void length(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "too-long", null));
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
