package com.openplatform.apps.application;

import com.openplatform.apps.naming.AppNames;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

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
    String claimsContact,
    List<String> domains,
    List<String> links,
    List<String> thirdPartyAccounts) {

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
    List<String> domains = list(form.domains(), "domains", errors, CheckedForm::domain);
    List<String> links = list(form.links(), "links", errors, (v, e) -> url(v, "links", true, e));
    List<String> accounts =
        list(
            form.thirdPartyAccounts(),
            "thirdPartyAccounts",
            errors,
            (v, e) -> text(v, "thirdPartyAccounts", ApplicationForm.THIRD_PARTY_MAX, true, e));
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return new CheckedForm(
        name,
        key,
        description,
        category,
        website,
        privacy,
        service,
        claims,
        domains,
        links,
        accounts);
  }

  /**
   * A list field: at most {@link ApplicationForm#LIST_MAX} values, blank ones dropped, each checked
   * by {@code check} (which adds its own error and answers null), duplicates kept once.
   */
  static List<String> list(
      List<String> values,
      String field,
      List<FieldError> errors,
      BiFunction<String, List<FieldError>, String> check) {
    if (values == null) {
      return List.of();
    }
    List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).toList();
    if (present.size() > ApplicationForm.LIST_MAX) {
      errors.add(new FieldError(field, "too-many", null));
      return List.of();
    }
    Set<String> kept = new LinkedHashSet<>();
    for (String v : present) {
      if (v.strip().contains("\n") || v.contains("\r")) {
        errors.add(new FieldError(field, "invalid", null));
        continue;
      }
      String checked = check.apply(v, errors);
      if (checked != null) {
        kept.add(checked);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * A domain name as DNS carries it: internationalised names converted to ASCII (IDNA), lower case,
   * every label a letter-digit-hyphen label, at least two labels.
   */
  static String domain(String value, List<FieldError> errors) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.endsWith(".")) {
      v = v.substring(0, v.length() - 1);
    }
    try {
      String ascii = IDN.toASCII(v, IDN.USE_STD3_ASCII_RULES);
      if (ascii.length() <= ApplicationForm.DOMAIN_MAX
          && ascii.contains(".")
          && ascii.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}")) {
        return ascii;
      }
    } catch (IllegalArgumentException e) {
      // not a domain name
    }
    errors.add(new FieldError("domains", "invalid", null));
    return null;
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
