package com.openplatform.accounts.qualification;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about qualification materials. */
public enum QualificationProblem implements ProblemKind {
  /** §2.2: documents are PDF, JPEG or PNG, judged by their content. */
  DOCUMENT_TYPE("document-type", 415),
  NO_MATERIALS("not-found", 404);

  private final String code;
  private final int status;

  QualificationProblem(String code, int status) {
    this.code = code;
    this.status = status;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public int status() {
    return status;
  }
}
