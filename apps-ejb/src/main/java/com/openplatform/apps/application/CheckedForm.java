package com.openplatform.apps.application;

import com.openplatform.apps.naming.AppNames;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link ApplicationForm} that passed the automatic checks of registration (§2.5.7): every field
 * present and within its limit, URLs that are http(s) addresses, a known category, the "Powered by"
 * mark acknowledged (§2.5.3), and the name's uniqueness key.
 */
record CheckedForm(
    String name,
    String nameKey,
    String description,
    Category category,
    String website,
    String privacyPolicyUrl,
    String customerService,
    String claimsContact) {

  /** Checks a form; refuses it with every field at fault. */
  static CheckedForm of(ApplicationForm form) {
    if (form == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    List<FieldError> errors = new ArrayList<>();
    String name = text(form.name(), "name", ApplicationForm.NAME_MAX, true, errors);
    String key = name == null ? "" : AppNames.normalize(name);
    if (name != null && key.isEmpty()) {
      errors.add(new FieldError("name", "invalid", null));
    }
    String description =
        text(form.description(), "description", ApplicationForm.DESCRIPTION_MAX, true, errors);
    Category category = null;
    if (form.category() == null || form.category().isBlank()) {
      errors.add(new FieldError("category", "required", null));
    } else {
      try {
        category = Category.valueOf(form.category().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("category", "invalid", null));
      }
    }
    String website = url(form.website(), "website", false, errors);
    String privacy = url(form.privacyPolicyUrl(), "privacyPolicyUrl", true, errors);
    String service =
        text(form.customerService(), "customerService", ApplicationForm.CONTACT_MAX, true, errors);
    String claims =
        text(form.claimsContact(), "claimsContact", ApplicationForm.CONTACT_MAX, true, errors);
    if (!Boolean.TRUE.equals(form.poweredByAcknowledged())) {
      errors.add(new FieldError("poweredByAcknowledged", "required", null));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return new CheckedForm(name, key, description, category, website, privacy, service, claims);
  }

  private static String text(
      String value, String field, int max, boolean required, List<FieldError> errors) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      if (required) {
        errors.add(new FieldError(field, "required", null));
      }
      return null;
    }
    if (v.length() > max) {
      errors.add(new FieldError(field, "too-long", null));
      return null;
    }
    return v;
  }

  private static String url(String value, String field, boolean required, List<FieldError> errors) {
    String v = text(value, field, ApplicationForm.URL_MAX, required, errors);
    if (v == null) {
      return null;
    }
    try {
      URI uri = URI.create(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return v;
      }
    } catch (IllegalArgumentException e) {
      // not a URI
    }
    errors.add(new FieldError(field, "url", null));
    return null;
  }
}
