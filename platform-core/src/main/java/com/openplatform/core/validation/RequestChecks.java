package com.openplatform.core.validation;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a request record against its Bean Validation constraints (the same constraints SmallRye
 * OpenAPI publishes in the contract): nothing is done with a request that breaks one; the caller
 * gets 400 with one field error per broken constraint, in the field-error codes of the {@code
 * problems} bundle.
 */
@ApplicationScoped
public class RequestChecks {

  /** Constraint annotations by the code of the field error they become. */
  private static final Map<String, String> CODES =
      Map.of(
          "NotNull", "required",
          "NotBlank", "required",
          "NotEmpty", "required",
          "Email", "email",
          "Future", "in-past",
          "FutureOrPresent", "in-past");

  @Inject Validator validator;

  /** The request, when it breaks no constraint; 400 problem details otherwise. */
  public <T> T valid(T request) {
    if (request == null) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("body", "required", null)));
    }
    List<FieldError> errors =
        validator.validate(request).stream()
            .map(RequestChecks::error)
            .sorted(Comparator.comparing(FieldError::field))
            .distinct()
            .toList();
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return request;
  }

  static FieldError error(ConstraintViolation<?> violation) {
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return new FieldError(
        violation.getPropertyPath().toString(), code(constraint, violation), null);
  }

  private static String code(String constraint, ConstraintViolation<?> violation) {
    if (constraint.equals("Size")) {
      Object value = violation.getInvalidValue();
      Object min = violation.getConstraintDescriptor().getAttributes().get("min");
      int length =
          value instanceof CharSequence s
              ? s.length()
              : value instanceof java.util.Collection<?> c ? c.size() : Integer.MAX_VALUE;
      return min instanceof Integer m && length < m ? "too-short" : "too-long";
    }
    return CODES.getOrDefault(constraint, "invalid");
  }
}
