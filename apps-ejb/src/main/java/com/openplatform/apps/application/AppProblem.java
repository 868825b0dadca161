package com.openplatform.apps.application;

import com.openplatform.core.problem.ProblemKind;

/** Refusals about applications. */
public final class AppProblem {

  /** No application of that id among the caller's (another developer's or tenant's reads 404). */
  public static final ProblemKind NOT_FOUND = ProblemKind.of("app-not-found", 404);

  /** Unique per tenant after normalisation (§2.5.7: one name an app, users tell apps apart). */
  public static final ProblemKind NAME_TAKEN = ProblemKind.of("app-name-taken", 409);

  /** §2.6.4(3), §2.5.7: the name uses or resembles a protected mark of the operator. */
  public static final ProblemKind NAME_PROTECTED = ProblemKind.of("app-name-protected", 409);

  /** The tenant's limit of applications per developer. */
  public static final ProblemKind LIMIT = ProblemKind.of("app-limit", 409);

  /** The operation does not apply to the application's state (e.g. approving an approved app). */
  public static final ProblemKind STATE = ProblemKind.of("app-state", 409);

  /** §2.8.2: an application taken offline stays offline; it may return only as a new app. */
  public static final ProblemKind OFFLINE = ProblemKind.of("app-offline", 409);

  /** §2.2.3, §2.2.4: the category needs documents the application does not have yet. */
  public static final ProblemKind DOCUMENTS_MISSING = ProblemKind.of("app-documents-missing", 409);

  private AppProblem() {}
}
