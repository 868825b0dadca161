package com.openplatform.billing.report;

import com.openplatform.billing.Now;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a fee report on an EJB thread, never a request's: reads the ledger a page at a time, each
 * page in its own short transaction (a report of a million rows would outlive any transaction
 * timeout), fills and exports it through {@link FeeReport}, and counts its progress.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportRunner {

  private static final Logger LOG = Logger.getLogger(ReportRunner.class.getName());

  @Inject ReportRows rows;
  @Resource UserTransaction transaction;

  @Asynchronous
  public void run(ReportJob job, FeeReports.Filter filter, FeeReport.Params params) {
    Caller caller =
        new Caller(new TenantId(job.tenant), job.requestedBy, job.requestedBy, Set.of("finance"));
    TenantContext.runAs(caller, () -> make(job, filter, params));
  }

  private void make(ReportJob job, FeeReports.Filter filter, FeeReport.Params params) {
    job.state = ReportJob.State.RUNNING;
    Path file = ReportJobs.directory(job.tenant).resolve(job.id + "." + job.format.extension());
    try {
      job.expectedRows = inTransaction(() -> rows.count(filter));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        job.totals =
            FeeReport.export(
                new Pages(filter),
                params,
                job.format,
                out,
                job.rows::set,
                ReportJobs.directory(job.tenant));
      }
      job.file = file;
      job.state = ReportJob.State.DONE;
    } catch (Exception | OutOfMemoryError e) {
      LOG.log(Level.SEVERE, "fee report " + job.id + " failed: " + e.getMessage(), e);
      job.state = ReportJob.State.FAILED;
      try {
        Files.deleteIfExists(file);
      } catch (java.io.IOException ignored) {
        // nothing to clean
      }
    } finally {
      job.finishedAt = Now.instant();
    }
  }

  private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
    transaction.begin();
    try {
      return work.call();
    } finally {
      transaction.commit();
    }
  }

  /** The report's rows, one page read at a time. */
  private final class Pages implements Iterator<FeeReport.Row> {

    private final FeeReports.Filter filter;
    private final ArrayDeque<ReportRows.Found> page = new ArrayDeque<>();
    private ReportRows.Found last;
    private boolean exhausted;

    Pages(FeeReports.Filter filter) {
      this.filter = filter;
    }

    @Override
    public boolean hasNext() {
      if (page.isEmpty() && !exhausted) {
        List<ReportRows.Found> next;
        try {
          next = inTransaction(() -> rows.page(filter, last));
        } catch (Exception e) {
          throw new IllegalStateException("ledger page not read", e);
        }
        page.addAll(next);
        exhausted = next.size() < ReportRows.PAGE;
      }
      return !page.isEmpty();
    }

    @Override
    public FeeReport.Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReportRows.Found f = page.poll();
      last = f;
      return new FeeReport.Row(
          f.at(),
          f.orderId(),
          f.developer(),
          f.service(),
          f.state().name(),
          null,
          f.kind().name(),
          f.amountMinor(),
          f.currency());
    }
  }
}
