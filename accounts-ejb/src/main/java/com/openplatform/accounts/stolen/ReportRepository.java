package com.openplatform.accounts.stolen;

import com.openplatform.accounts.AccountsData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Stolen-account reports of the caller's tenant. */
@ApplicationScoped
public class ReportRepository extends AccountsData {

  /**
   * Stores a report at once, so its steps (which refer to it without a mapped relation) can follow.
   */
  public void add(StolenAccountReport report) {
    em().persist(report);
    em().flush();
  }

  public void add(ReportStep step) {
    em().persist(step);
  }

  public Optional<StolenAccountReport> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(StolenAccountReport.class, i));
  }

  public List<StolenAccountReport> queue(int first, int max) {
    return em().createNamedQuery("StolenAccountReport.queue", StolenAccountReport.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em().createQuery("SELECT COUNT(r) FROM StolenAccountReport r", Long.class)
        .getSingleResult();
  }

  public List<ReportStep> steps(String reportId) {
    return em().createNamedQuery("ReportStep.ofReport", ReportStep.class)
        .setParameter("report", reportId)
        .getResultList();
  }
}
