package com.openplatform.billing.verification;

import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.billing.BillingData;
import com.openplatform.billing.BillingProblem;
import com.openplatform.billing.Now;
import com.openplatform.billing.ledger.Ledger;
import com.openplatform.billing.ledger.LedgerEntry;
import com.openplatform.billing.money.Money;
import com.openplatform.billing.reviewer.Organisations;
import com.openplatform.billing.reviewer.ReviewScope;
import com.openplatform.billing.reviewer.ReviewerOrganisation;
import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.notice.NoticeTimes;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Staff's side of verification (§2.4): the queue of paid orders, the decision with reasons (and the
 * validity period of an approval), refunds as ledger entries (finance, where tenant policy allows:
 * paid and not approved), and the ledger's balance by day. §2.4.2: reviewers entrust an order to a
 * reviewer organisation ({@link #assign}); that organisation's reviewers see, read the materials of
 * and decide only the orders assigned to it — every operation here asks {@link ReviewScope}, and an
 * order outside the caller's scope is not found.
 */
@Stateless
@RolesAllowed({"reviewer", "finance", "tenant-admin", "org-reviewer"})
public class VerificationDesk {

  public static final int REASONS_MAX = 10;
  public static final int REASON_MAX = 500;

  /** The review queue's default: paid, not decided. */
  static final Set<OrderState> TO_REVIEW = EnumSet.of(OrderState.PAID, OrderState.IN_REVIEW);

  /** A decision on a paid order. */
  public record Decision(
      @Schema(
              required = true,
              enumeration = {"approve", "reject"})
          String outcome,
      @Schema(
              maxItems = REASONS_MAX,
              description = "Required to reject; each at most " + REASON_MAX + " characters")
          List<String> reasons) {}

  /** An order with its ledger entries. */
  public record OrderDetail(
      @Schema(required = true) OrderView order, @Schema(required = true) List<Entry> ledger) {}

  /** A ledger entry as staff read it; refunds are negative. */
  public record Entry(
      @Schema(required = true) LedgerEntry.Kind kind,
      @Schema(required = true, examples = "-300.00") String amount,
      @Schema(required = true) String currency,
      @Schema(required = true) String provider,
      @Schema(required = true) String transactionId,
      @Schema(required = true) Instant bookedAt) {}

  /** A day's balance (UTC): what the ledger holds against what the orders say was paid. */
  public record DayBalance(
      @Schema(required = true) LocalDate day,
      @Schema(required = true) String currency,
      @Schema(required = true, description = "Sum of the day's ledger entries") String ledger,
      @Schema(required = true, description = "Paid minus refunded orders of the day") String orders,
      @Schema(required = true) long entries,
      @Schema(required = true) boolean balanced) {}

  /** Where an order's review goes: an organisation's id, or null for the tenant's staff. */
  public record Assignment(
      @Schema(format = "uuid", description = "Absent or null: back to the tenant's staff")
          String organisationId) {}

  @Inject Orders orders;
  @Inject com.openplatform.core.notice.NoticeRequests notices;
  @Inject ReviewScope scope;
  @Inject Organisations organisations;
  @EJB Developers developers;
  @Inject Ledger ledger;
  @Inject Balances balances;

  /**
   * §2.4.2: the reviewer organisation the caller reviews for; null for the tenant's own staff (or a
   * reviewer whose organisation is gone or inactive: they see nothing).
   */
  public String reviewingFor() {
    return scope.organisationName().orElse(null);
  }

  /** Orders by state, oldest first; {@code state} absent: the review queue (paid, undecided). */
  public Page<OrderView> queue(String state, PageRequest page) {
    Instant now = Now.instant();
    MyVerification.expire(orders, orders.overdue(now), now);
    Set<OrderState> states = states(state);
    ReviewScope.Scope mine = scope.current();
    if (mine.all()) {
      return new Page<>(
          orders.inStates(states, page.first(), page.max()).stream().map(OrderView::staff).toList(),
          page.first(),
          page.max(),
          orders.countInStates(states));
    }
    if (mine.organisationId() == null) {
      return new Page<>(List.of(), page.first(), page.max(), 0);
    }
    return new Page<>(
        orders.inStatesOf(mine.organisationId(), states, page.first(), page.max()).stream()
            .map(OrderView::staff)
            .toList(),
        page.first(),
        page.max(),
        orders.countInStatesOf(mine.organisationId(), states));
  }

  public OrderDetail order(String id) {
    VerificationOrder order = find(id);
    return new OrderDetail(
        OrderView.staff(order),
        ledger.ofOrder(order.id()).stream().map(VerificationDesk::entry).toList());
  }

  /**
   * §2.4: a reviewer approves (valid for the tenant's period) or rejects with reasons a paid order;
   * a rejection refunds the fee where tenant policy says so.
   */
  @RolesAllowed({"reviewer", "tenant-admin", "org-reviewer"})
  public OrderDetail decide(String id, Decision decision) {
    String outcome =
        decision == null || decision.outcome() == null
            ? ""
            : decision.outcome().strip().toLowerCase(Locale.ROOT);
    List<String> reasons = reasons(decision);
    if (!outcome.equals("approve") && !outcome.equals("reject")) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("outcome", "invalid", null)));
    }
    if (outcome.equals("reject") && reasons.isEmpty()) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("reasons", "required", null)));
    }
    VerificationOrder order = inScope(orders.locked(id));
    // §2.4.2: nobody decides their own verification
    developers.refuseOwnCase(order.accountId());
    if (!TO_REVIEW.contains(order.state())) {
      throw new ProblemException(BillingProblem.ORDER_STATE, order.state());
    }
    Instant now = Now.instant();
    String by = TenantContext.caller().username();
    VerificationPolicy policy = VerificationPolicy.current();
    if (outcome.equals("approve")) {
      order.approve(by, now, now.plus(policy.validity()));
      tell(order, "verification.approved", "until", NoticeTimes.inTenantZone(order.validUntil()));
    } else {
      order.reject(by, now, String.join("\n", reasons));
      if (policy.refundOnRejection()) {
        refund(order, by, now);
      }
      tell(
          order,
          "verification.rejected",
          "reasons",
          String.join("\n", reasons),
          "refund",
          policy.refundOnRejection() ? "费用已退回。/ The fee was refunded." : "");
    }
    return order(order.id());
  }

  /** §2.4, §6.1: the developer is told of the decision (inbox and email), with its transaction. */
  private void tell(VerificationOrder order, String topic, String... variables) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    values.put("order", order.number());
    values.put(
        "link",
        TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
            + "/portal/account/verification.xhtml");
    for (int i = 0; i + 1 < variables.length; i += 2) {
      values.put(variables[i], variables[i + 1]);
    }
    notices.send(NoticeRequest.legalTo(order.accountId(), topic, values, topic + ":" + order.id()));
  }

  /**
   * §2.4.2: entrusts the review of an undecided order to an active reviewer organisation of the
   * tenant, or gives it back to the tenant's staff ({@code organisationId} null). Only the tenant's
   * own reviewers and administrators assign.
   */
  @RolesAllowed({"reviewer", "tenant-admin"})
  public OrderDetail assign(String id, Assignment assignment) {
    String organisationId =
        assignment == null
                || assignment.organisationId() == null
                || assignment.organisationId().isBlank()
            ? null
            : assignment.organisationId().strip();
    VerificationOrder order = orders.locked(id).orElseThrow(VerificationDesk::notFound);
    developers.refuseOwnCase(order.accountId());
    if (order.state().isFinal() || order.state() == OrderState.REJECTED) {
      throw new ProblemException(BillingProblem.ORDER_STATE, order.state());
    }
    if (organisationId != null) {
      ReviewerOrganisation organisation =
          organisations
              .find(organisationId)
              .orElseThrow(
                  () ->
                      new ProblemException(
                          ProblemKind.Common.INVALID_INPUT,
                          List.of(new FieldError("organisationId", "unknown", null))));
      if (!organisation.active()) {
        throw new ProblemException(BillingProblem.ORGANISATION_INACTIVE);
      }
    }
    order.assign(organisationId, TenantContext.caller().username(), Now.instant());
    return order(order.id());
  }

  /**
   * The developer's current qualification materials, for whoever may review the order (§2.4,
   * §2.4.2: an organisation's reviewers only for orders assigned to it).
   */
  @RolesAllowed({"reviewer", "tenant-admin", "org-reviewer"})
  public MaterialsView materials(String id) {
    VerificationOrder order = find(id);
    return developers.materialsForReview(order.accountId()).orElseThrow(VerificationDesk::notFound);
  }

  /** A document of those materials, on the same terms. */
  @RolesAllowed({"reviewer", "tenant-admin", "org-reviewer"})
  public DocumentContent document(String id, String documentId) {
    VerificationOrder order = find(id);
    return developers
        .documentForReview(order.accountId(), documentId)
        .orElseThrow(VerificationDesk::notFound);
  }

  /** Finance pays the fee back: a negative ledger entry; the order ends refunded. */
  @RolesAllowed({"finance", "tenant-admin"})
  public OrderDetail refund(String id) {
    VerificationOrder order = orders.locked(id).orElseThrow(VerificationDesk::notFound);
    developers.refuseOwnCase(order.accountId());
    if (order.state() != OrderState.PAID && order.state() != OrderState.REJECTED) {
      throw new ProblemException(BillingProblem.ORDER_STATE, order.state());
    }
    refund(order, TenantContext.caller().username(), Now.instant());
    return order(order.id());
  }

  private void refund(VerificationOrder order, String by, Instant now) {
    order.refund(by, now);
    if (!MyVerification.FREE.equals(order.provider())) {
      ledger.refund(order.id(), order.price(), order.provider(), "refund-" + order.number(), now);
    }
  }

  /** The ledger's balance for each currency on a UTC day. */
  @RolesAllowed({"finance", "tenant-admin"})
  public List<DayBalance> balance(LocalDate day) {
    if (day == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<DayBalance> result = new ArrayList<>();
    for (Object[] row : ledger.sums(from, to)) {
      String currency = (String) row[0];
      long entries = ((Number) row[1]).longValue();
      long ordered = balances.ordersNet(currency, from, to);
      Currency c = Currency.getInstance(currency);
      result.add(
          new DayBalance(
              day,
              currency,
              new Money(entries, c).major().toPlainString(),
              new Money(ordered, c).major().toPlainString(),
              ((Number) row[2]).longValue(),
              entries == ordered));
    }
    return result;
  }

  /** The order, if it is in the caller's review scope (§2.4.2); otherwise not found. */
  private VerificationOrder find(String id) {
    return inScope(orders.find(id));
  }

  private VerificationOrder inScope(java.util.Optional<VerificationOrder> order) {
    ReviewScope.Scope mine = scope.current();
    return order
        .filter(o -> mine.covers(o.reviewerOrganisation()))
        .orElseThrow(VerificationDesk::notFound);
  }

  private static ProblemException notFound() {
    return new ProblemException(ProblemKind.Common.NOT_FOUND);
  }

  private static Set<OrderState> states(String state) {
    if (state == null || state.isBlank()) {
      return TO_REVIEW;
    }
    if (state.strip().equalsIgnoreCase("all")) {
      return EnumSet.allOf(OrderState.class);
    }
    try {
      return EnumSet.of(
          OrderState.valueOf(state.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("state", "invalid", null)));
    }
  }

  private static List<String> reasons(Decision decision) {
    List<String> reasons =
        decision == null || decision.reasons() == null
            ? List.of()
            : decision.reasons().stream()
                .map(r -> r == null ? "" : r.strip().replace('\n', ' ').replace('\r', ' '))
                .filter(r -> !r.isEmpty())
                .toList();
    if (reasons.size() > REASONS_MAX || reasons.stream().anyMatch(r -> r.length() > REASON_MAX)) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("reasons", "too-long", null)));
    }
    return reasons;
  }

  private static Entry entry(LedgerEntry e) {
    return new Entry(
        e.kind(),
        e.amount().major().toPlainString(),
        e.amount().currency().getCurrencyCode(),
        e.provider(),
        e.transactionId(),
        e.bookedAt());
  }

  /** What the orders say about a day: paid minus refunded, in minor units. */
  @ApplicationScoped
  public static class Balances extends BillingData {

    long ordersNet(String currency, Instant from, Instant to) {
      return sum(
              "SELECT SUM(o.amountMinor) FROM VerificationOrder o WHERE o.currency = :c"
                  + " AND o.paidAt >= :from AND o.paidAt < :to AND o.provider <> 'FREE'",
              currency,
              from,
              to)
          - sum(
              "SELECT SUM(o.amountMinor) FROM VerificationOrder o WHERE o.currency = :c"
                  + " AND o.refundedAt >= :from AND o.refundedAt < :to AND o.provider <> 'FREE'",
              currency,
              from,
              to);
    }

    private long sum(String jpql, String currency, Instant from, Instant to) {
      Number n =
          em().createQuery(jpql, Number.class)
              .setParameter("c", currency)
              .setParameter("from", from)
              .setParameter("to", to)
              .getSingleResult();
      return n == null ? 0 : n.longValue();
    }
  }
}
