package com.openplatform.core.paging;

import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import java.util.List;
import java.util.Map;

/**
 * How a staff list is ordered: one of the list's sortable fields, ascending or (written {@code
 * -field}) descending. Only fields a list names can be asked for; anything else is a 400.
 */
public record Sort(String field, boolean ascending) {

  /**
   * The order asked for ({@code email}, {@code -createdAt}), or the list's default for none.
   *
   * @param fields the list's sortable fields and the JPQL path each sorts by
   */
  public static Sort parse(String raw, Map<String, String> fields, Sort defaultSort) {
    if (raw == null || raw.isBlank()) {
      return defaultSort;
    }
    String value = raw.strip();
    boolean ascending = !value.startsWith("-");
    String field = ascending ? value : value.substring(1);
    if (!fields.containsKey(field)) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("sort", "invalid", null)));
    }
    return new Sort(field, ascending);
  }

  /** The JPQL {@code ORDER BY} clause, with {@code tieBreak} for a stable order across pages. */
  public String orderBy(Map<String, String> fields, String tieBreak) {
    return " ORDER BY " + fields.get(field) + (ascending ? " ASC" : " DESC") + ", " + tieBreak;
  }

  /** As a query parameter value: {@code email} or {@code -createdAt}. */
  public String asParameter() {
    return ascending ? field : "-" + field;
  }

  /**
   * The parameter that orders by {@code other}: the reverse of this order when it is this field.
   */
  public String toggle(String other) {
    return other.equals(field) && ascending ? "-" + other : other;
  }
}
