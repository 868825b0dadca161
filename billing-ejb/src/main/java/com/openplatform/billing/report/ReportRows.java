package com.openplatform.billing.report;

import com.openplatform.billing.BillingData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * The ledger entries of a report with their orders, a page at a time in (booked, id) order: each
 * page is a short query after the last row of the one before, so a million rows never sit in memory
 * or in one long transaction.
 */
@ApplicationScoped
public class ReportRows extends BillingData {

  static final int PAGE = 5_000;

  /** A row as the query returns it. */
  record Found(
      String id,
      Instant at,
      String orderId,
      String developer,
      String service,
      com.openplatform.billing.verification.OrderState state,
      com.openplatform.billing.ledger.LedgerEntry.Kind kind,
      long amountMinor,
      String currency) {}

  private static final String FROM =
      " FROM LedgerEntry e, VerificationOrder o WHERE o.id = e.orderId"
          + " AND e.bookedAt >= :from AND e.bookedAt < :to";

  List<Found> page(FeeReports.Filter filter, Found after) {
    String keyset =
        after == null
            ? ""
            : " AND (e.bookedAt > :lastAt OR (e.bookedAt = :lastAt AND e.id > :lastId))";
    TypedQuery<Object[]> query =
        query(
                "SELECT e.id, e.bookedAt, e.orderId, o.developer, o.service, o.state, e.kind,"
                    + " e.amountMinor, e.currency",
                filter,
                keyset + " ORDER BY e.bookedAt, e.id",
                Object[].class)
            .setMaxResults(PAGE);
    if (after != null) {
      query.setParameter("lastAt", after.at()).setParameter("lastId", after.id());
    }
    List<Found> found =
        query.getResultList().stream()
            .map(
                r ->
                    new Found(
                        (String) r[0],
                        (Instant) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (com.openplatform.billing.verification.OrderState) r[5],
                        (com.openplatform.billing.ledger.LedgerEntry.Kind) r[6],
                        ((Number) r[7]).longValue(),
                        (String) r[8]))
            .toList();
    em().clear();
    return found;
  }

  long count(FeeReports.Filter filter) {
    return query("SELECT COUNT(e)", filter, "", Long.class).getSingleResult();
  }

  /** {@code select} over the report's entries, narrowed by the filter, then {@code tail}. */
  private <T> TypedQuery<T> query(
      String select, FeeReports.Filter filter, String tail, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(FROM);
    if (filter.state() != null) {
      jpql.append(" AND o.state = :state");
    }
    if (filter.service() != null) {
      jpql.append(" AND o.service = :service");
    }
    if (filter.reviewerOrganisation() != null) {
      jpql.append(" AND o.reviewerOrganisation = :org");
    }
    TypedQuery<T> query =
        em().createQuery(jpql.append(tail).toString(), type)
            .setParameter("from", filter.from())
            .setParameter("to", filter.to());
    if (filter.state() != null) {
      query.setParameter("state", filter.state());
    }
    if (filter.service() != null) {
      query.setParameter("service", filter.service());
    }
    if (filter.reviewerOrganisation() != null) {
      query.setParameter("org", filter.reviewerOrganisation());
    }
    return query;
  }
}
