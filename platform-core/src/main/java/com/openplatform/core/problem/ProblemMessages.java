package com.openplatform.core.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * Renders refusals in the caller's language from the {@code com.openplatform.core.problem.problems}
 * bundles (English and Chinese): {@code <code>.title}, {@code <code>.detail} and {@code
 * field.<code>}.
 */
public final class ProblemMessages {

  private static final String BUNDLE = "com.openplatform.core.problem.problems";

  private ProblemMessages() {}

  public static Problem toProblem(ProblemException e, Locale locale, String instance) {
    return toProblem(e, locale, instance, UnaryOperator.identity());
  }

  /**
   * As {@link #toProblem(ProblemException, Locale, String)}, naming fields by {@code label} (a page
   * says "Email address", the API says "email").
   */
  public static Problem toProblem(
      ProblemException e, Locale locale, String instance, UnaryOperator<String> label) {
    ProblemKind kind = e.kind();
    List<Problem.FieldError> errors =
        e.errors().stream()
            .map(f -> new Problem.FieldError(f.field(), f.code(), fieldMessage(f, locale, label)))
            .toList();
    return new Problem(
        Problem.TYPE_BASE + kind.code(),
        text(kind.code() + ".title", locale, kind.code()),
        kind.status(),
        MessageFormat.format(text(kind.code() + ".detail", locale, kind.code()), e.args()),
        instance,
        kind.code(),
        errors);
  }

  static String fieldMessage(Problem.FieldError error, Locale locale, UnaryOperator<String> label) {
    if (error.message() != null) {
      return error.message();
    }
    return text("field." + error.code(), locale, error.code())
        .replace("{field}", label.apply(error.field()));
  }

  static String text(String key, Locale locale, String fallback) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale, ProblemMessages.class.getClassLoader())
          .getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
