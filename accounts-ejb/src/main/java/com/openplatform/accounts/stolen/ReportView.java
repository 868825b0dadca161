package com.openplatform.accounts.stolen;

import java.time.Instant;
import java.util.List;

/** A report as staff see it, with what is missing and every step taken. */
public record ReportView(
    String id,
    ReportStatus status,
    boolean complete,
    List<String> missing,
    String accountId,
    ReportForm report,
    Instant receivedAt,
    List<StepView> steps) {

  /** A step: what was done, by whom, when, with a note. */
  public record StepView(String step, String actor, String note, Instant at) {}
}
