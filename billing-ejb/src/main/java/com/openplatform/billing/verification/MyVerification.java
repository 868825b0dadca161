package com.openplatform.billing.verification;

import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Developers.DeveloperRef;
import com.openplatform.accounts.api.Gate;
import com.openplatform.billing.BillingProblem;
import com.openplatform.billing.Now;
import com.openplatform.billing.fee.FeeSchedule;
import com.openplatform.billing.fee.FeeSchedules;
import com.openplatform.billing.fee.PaidService;
import com.openplatform.billing.money.Money;
import com.openplatform.billing.payment.PaymentBooking;
import com.openplatform.billing.payment.wechat.WeChatPay;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A developer's own verification (§2.4): status, ordering at the price in force (§2.3), paying in
 * the sandbox (demo), history and receipts. Every operation finds orders among the caller's own;
 * another developer's or tenant's order answers 404.
 */
@Stateless
public class MyVerification {

  static final String SANDBOX = "SANDBOX";
  static final String FREE = "FREE";

  /** Orders that block a new one: waiting for payment, or paid and not yet decided. */
  static final Set<OrderState> OPEN =
      EnumSet.of(OrderState.AWAITING_PAYMENT, OrderState.PAID, OrderState.IN_REVIEW);

  @EJB Developers developers;
  @EJB PaymentBooking booking;
  @EJB WeChatPay weChatPay;
  @Inject Orders orders;
  @Inject FeeSchedules.Versions fees;

  public VerificationStatus status() {
    DeveloperRef me = developers.signedIn(Gate.AGREEMENT_ACCEPTED);
    Instant now = Now.instant();
    expire(orders, orders.overdueOf(me.id(), now), now);
    return status(me, now);
  }

  /**
   * §2.4, §2.1.3, §2.2: an unrestricted developer with complete qualification materials orders
   * verification at the price in force (§2.3); one open order at a time; while verified, only in
   * the renewal window. A free verification goes to review at once.
   */
  public OrderView apply() {
    DeveloperRef me = developers.signedIn(Gate.UNRESTRICTED);
    Instant now = Now.instant();
    expire(orders, orders.overdueOf(me.id(), now), now);
    VerificationStatus status = status(me, now);
    if (!status.canApply()) {
      throw refusal(status);
    }
    VerificationPolicy policy = VerificationPolicy.current();
    Optional<Money> price = fees.schedule(PaidService.VERIFICATION).priceAt(now);
    VerificationOrder order =
        new VerificationOrder(
            me.id(),
            me.label(),
            PaidService.VERIFICATION.name(),
            price.orElse(Money.zero(Money.CNY)),
            now,
            now.plus(policy.paymentWindow()));
    if (price.isEmpty() || price.get().isZero()) {
      order.paid(FREE, FREE.toLowerCase() + "-" + order.number(), now);
    }
    orders.add(order);
    return OrderView.of(order);
  }

  public Page<OrderView> mine(PageRequest page) {
    DeveloperRef me = developers.signedIn(Gate.AGREEMENT_ACCEPTED);
    Instant now = Now.instant();
    expire(orders, orders.overdueOf(me.id(), now), now);
    return new Page<>(
        orders.ofAccount(me.id(), page.first(), page.max()).stream().map(OrderView::of).toList(),
        page.first(),
        page.max(),
        orders.countOfAccount(me.id()));
  }

  /** One of the caller's orders: the receipt once paid. */
  public OrderView get(String orderId) {
    DeveloperRef me = developers.signedIn(Gate.AGREEMENT_ACCEPTED);
    return OrderView.of(own(me, orderId));
  }

  /**
   * The sandbox plays the payer (demo and tests only; 404 elsewhere): it reports the payment the
   * way a provider does, through {@link PaymentBooking}, so paying twice books once.
   */
  public OrderView payInSandbox(String orderId) {
    if (!VerificationPolicy.sandbox()) {
      throw new ProblemException(ProblemKind.Common.NOT_FOUND);
    }
    DeveloperRef me = developers.signedIn(Gate.UNRESTRICTED);
    VerificationOrder order = own(me, orderId);
    String transaction = "sandbox-" + order.number();
    if (transaction.equals(order.transactionId())) {
      return OrderView.of(order);
    }
    awaitingPayment(order, Now.instant());
    booking.confirm(SANDBOX, transaction, order.number(), order.price());
    return OrderView.of(orders.find(order.id()).orElseThrow());
  }

  /** Whether developers of this tenant can pay with WeChat Pay (its Native payment configured). */
  public boolean weChatPayAvailable() {
    return weChatPay.nativePayConfigured();
  }

  /**
   * §2.4: the code a developer scans with WeChat to pay their order (WeChat Pay Native payment);
   * the payment arrives as a signed notification and is booked like any other ({@link
   * PaymentBooking}). Only the order's own developer, unrestricted, while it awaits payment.
   */
  public WeChatPay.NativeCode payWithWeChat(String orderId) {
    DeveloperRef me = developers.signedIn(Gate.UNRESTRICTED);
    VerificationOrder order = own(me, orderId);
    awaitingPayment(order, Now.instant());
    return weChatPay.nativeCode(
        order.number(), "开发者认证 Developer verification", order.price(), order.payBy());
  }

  /** An order can be paid only while it awaits payment, before its deadline. */
  private static void awaitingPayment(VerificationOrder order, Instant now) {
    if (order.state() == OrderState.AWAITING_PAYMENT && order.payBy().isBefore(now)) {
      throw new ProblemException(BillingProblem.PAYMENT_DEADLINE);
    }
    if (order.state() != OrderState.AWAITING_PAYMENT) {
      throw new ProblemException(BillingProblem.ORDER_STATE, order.state());
    }
  }

  private VerificationOrder own(DeveloperRef me, String orderId) {
    return orders
        .find(orderId)
        .filter(o -> o.accountId().equals(me.id()))
        .orElseThrow(() -> new ProblemException(ProblemKind.Common.NOT_FOUND));
  }

  private VerificationStatus status(DeveloperRef me, Instant now) {
    List<VerificationOrder> recent = orders.ofAccount(me.id(), 0, 20);
    Optional<VerificationOrder> valid =
        recent.stream()
            .filter(o -> o.state() == OrderState.APPROVED && o.validUntil().isAfter(now))
            .findFirst();
    Optional<VerificationOrder> open =
        recent.stream().filter(o -> OPEN.contains(o.state())).findFirst();
    VerificationPolicy policy = VerificationPolicy.current();
    Instant renewalFrom = valid.map(o -> o.validUntil().minus(policy.renewalWindow())).orElse(null);
    String cannot = null;
    if (open.isPresent()) {
      cannot = BillingProblem.VERIFICATION_OPEN.code();
    } else if (renewalFrom != null && now.isBefore(renewalFrom)) {
      cannot = BillingProblem.VERIFICATION_VALID.code();
    } else if (!developers.materialsComplete(me.id())) {
      cannot = BillingProblem.MATERIALS_INCOMPLETE.code();
    }
    FeeSchedule schedule = fees.schedule(PaidService.VERIFICATION);
    Optional<Money> price = schedule.priceAt(now);
    Optional<FeeSchedule.Version> announced = schedule.nextChange(now);
    return new VerificationStatus(
        valid.isPresent(),
        valid.map(VerificationOrder::validUntil).orElse(null),
        renewalFrom,
        price.map(m -> m.major().toPlainString()).orElse(null),
        price.map(m -> m.currency().getCurrencyCode()).orElse(Money.CNY.getCurrencyCode()),
        announced.map(v -> v.price().major().toPlainString()).orElse(null),
        announced.map(FeeSchedule.Version::effectiveAt).orElse(null),
        schedule.changesAfter(now).stream()
            .map(
                v ->
                    new VerificationStatus.AnnouncedFee(
                        v.price().major().toPlainString(), v.effectiveAt()))
            .toList(),
        cannot == null,
        cannot,
        recent.isEmpty() ? null : OrderView.of(recent.get(0)),
        VerificationPolicy.sandbox());
  }

  private static ProblemException refusal(VerificationStatus status) {
    if (BillingProblem.VERIFICATION_OPEN.code().equals(status.cannotApply())) {
      return new ProblemException(BillingProblem.VERIFICATION_OPEN);
    }
    if (BillingProblem.VERIFICATION_VALID.code().equals(status.cannotApply())) {
      return new ProblemException(
          BillingProblem.VERIFICATION_VALID, status.validUntil(), status.renewalFrom());
    }
    return new ProblemException(BillingProblem.MATERIALS_INCOMPLETE);
  }

  /** Whether payments go to the sandbox payer (the demo and the tests only). */
  public boolean sandboxPayer() {
    return VerificationPolicy.sandbox();
  }

  /**
   * §2.4: an unpaid order expires after its deadline — expired when someone looks: the developer
   * their own, staff the tenant's. Each is re-read locked, then expired.
   */
  static void expire(Orders orders, List<VerificationOrder> overdue, Instant now) {
    for (VerificationOrder due : overdue) {
      orders
          .locked(due.id())
          .filter(o -> o.state() == OrderState.AWAITING_PAYMENT && o.payBy().isBefore(now))
          .ifPresent(VerificationOrder::expire);
    }
  }
}
