package com.openplatform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

/** A page whose operation refused the caller shows that refusal, not an internal error. */
class ErrorDispatchTest {

  @Test
  void anEjbRoleCheckIsForbiddenHoweverWrapped() {
    assertThat(
            ErrorDispatch.refusal(
                new ServletException(new RuntimeException(new EJBAccessException("no")))))
        .isEqualTo(403);
  }

  @Test
  void aRulesRefusalKeepsItsStatus() {
    assertThat(
            ErrorDispatch.refusal(
                new ServletException(new ProblemException(ProblemKind.Common.FORBIDDEN))))
        .isEqualTo(403);
    assertThat(
            ErrorDispatch.refusal(
                new RuntimeException(new ProblemException(ProblemKind.Common.NOT_FOUND))))
        .isEqualTo(404);
  }

  @Test
  void failuresStayFailures() {
    assertThat(ErrorDispatch.refusal(new ProblemException(ProblemKind.Common.UNAVAILABLE)))
        .isNull();
    assertThat(ErrorDispatch.refusal(new IllegalStateException("bug"))).isNull();
    assertThat(ErrorDispatch.refusal(null)).isNull();
  }
}
