package com.openplatform.accounts.qualification;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about qualification materials. */
public final class QualificationProblem {
  /** §2.2: documents are PDF, JPEG or PNG, judged by their content. */
  public static final ProblemKind DOCUMENT_TYPE =
      com.openplatform.core.document.DocumentCheck.DOCUMENT_TYPE;

  public static final ProblemKind NO_MATERIALS = ProblemKind.of("not-found", 404);

  private QualificationProblem() {}
}
