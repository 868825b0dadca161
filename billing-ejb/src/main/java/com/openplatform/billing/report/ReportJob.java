package com.openplatform.billing.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fee report being made, or made: who asked, what for, how far it is, and where its file lies.
 * Kept by {@link ReportJobs} on the node that makes it.
 */
final class ReportJob {

  enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  final String id;
  final String tenant;
  final String requestedBy;
  final FeeReports.ReportRequest request;
  final FeeReport.Format format;
  final Instant createdAt;
  final AtomicLong rows = new AtomicLong();
  volatile long expectedRows;
  volatile State state = State.QUEUED;
  volatile Instant finishedAt;
  volatile Path file;
  volatile FeeReport.Totals totals;

  ReportJob(
      String id,
      String tenant,
      String requestedBy,
      FeeReports.ReportRequest request,
      FeeReport.Format format,
      Instant createdAt) {
    this.id = id;
    this.tenant = tenant;
    this.requestedBy = requestedBy;
    this.request = request;
    this.format = format;
    this.createdAt = createdAt;
  }
}
