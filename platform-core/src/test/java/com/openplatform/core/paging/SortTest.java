package com.openplatform.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openplatform.core.problem.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortTest {

  private static final Map<String, String> FIELDS =
      Map.of("email", "a.email", "createdAt", "a.createdAt");
  private static final Sort NEWEST = new Sort("createdAt", false);

  @Test
  void readsAscendingAndDescendingFieldsAndFallsBackToTheDefault() {
    assertThat(Sort.parse("email", FIELDS, NEWEST)).isEqualTo(new Sort("email", true));
    assertThat(Sort.parse("-createdAt", FIELDS, NEWEST)).isEqualTo(NEWEST);
    assertThat(Sort.parse(" ", FIELDS, NEWEST)).isEqualTo(NEWEST);
    assertThat(Sort.parse(null, FIELDS, NEWEST)).isEqualTo(NEWEST);
  }

  @Test
  void onlyTheListsFieldsCanBeAskedFor() {
    assertThatThrownBy(() -> Sort.parse("password", FIELDS, NEWEST))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> Sort.parse("a.email; DROP TABLE x", FIELDS, NEWEST))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void ordersStablyAndTogglesTheDirection() {
    assertThat(new Sort("email", true).orderBy(FIELDS, "a.id"))
        .isEqualTo(" ORDER BY a.email ASC, a.id");
    assertThat(new Sort("email", true).toggle("email")).isEqualTo("-email");
    assertThat(new Sort("email", false).toggle("email")).isEqualTo("email");
    assertThat(NEWEST.toggle("email")).isEqualTo("email");
    assertThat(NEWEST.asParameter()).isEqualTo("-createdAt");
  }
}
