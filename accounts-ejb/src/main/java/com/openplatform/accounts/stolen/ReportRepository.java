package com.openplatform.accounts.stolen;

import com.openplatform.accounts.AccountsData;
import com.openplatform.core.paging.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
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

  /** The fields staff may sort the queue by. */
  public static final Map<String, String> SORTABLE =
      Map.of("receivedAt", "r.receivedAt", "status", "r.status");

  public static final Sort NEWEST = new Sort("receivedAt", false);

  public List<StolenAccountReport> queue(int first, int max, Sort sort) {
    return em().createQuery(
            "SELECT r FROM StolenAccountReport r" + sort.orderBy(SORTABLE, "r.id"),
            StolenAccountReport.class)
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
