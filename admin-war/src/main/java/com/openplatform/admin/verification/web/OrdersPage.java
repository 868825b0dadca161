package com.openplatform.admin.verification.web;

import com.openplatform.billing.verification.OrderState;
import com.openplatform.billing.verification.OrderView;
import com.openplatform.billing.verification.VerificationDesk;
import com.openplatform.billing.verification.VerificationDesk.Decision;
import com.openplatform.billing.verification.VerificationDesk.OrderDetail;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.page.Pages;
import com.openplatform.web.paging.ListParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Verification orders in the staff console (§2.4): the review queue (paid, undecided) and every
 * other state, one order with its ledger entries, approve / reject with reasons (reviewers) and
 * refunds (finance). The EJB checks every role.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The tab of the review queue: paid and not yet decided. */
  static final String QUEUE = "queue";

  @EJB VerificationDesk desk;

  private String state = QUEUE;
  private final ListParams list = new ListParams();
  private Page<OrderView> orders;
  private String selected;
  private OrderDetail order;
  private String reasons;

  public List<String> getStates() {
    List<String> states = new ArrayList<>();
    states.add(QUEUE);
    Arrays.stream(OrderState.values()).map(Enum::name).forEach(states::add);
    return states;
  }

  public Page<OrderView> getOrders() {
    if (orders == null) {
      orders =
          desk.queue(
              QUEUE.equals(state) ? null : state,
              new PageRequest(list.getFirst(), PageRequest.DEFAULT_MAX));
    }
    return orders;
  }

  /** The order named by {@code ?order=} (its own address), with its ledger entries. */
  public OrderDetail getOrder() {
    if (order == null && selected != null && !selected.isBlank()) {
      try {
        order = desk.order(selected);
      } catch (RuntimeException e) {
        selected = null;
        Pages.show(e, null);
      }
    }
    return order;
  }

  public boolean isDecidable() {
    OrderDetail o = getOrder();
    return o != null
        && (o.order().state() == OrderState.PAID || o.order().state() == OrderState.IN_REVIEW);
  }

  public boolean isRefundable() {
    OrderDetail o = getOrder();
    return o != null
        && (o.order().state() == OrderState.PAID || o.order().state() == OrderState.REJECTED);
  }

  public void approve() {
    act(() -> desk.decide(selected, new Decision("approve", lines())), "orders.approved");
  }

  public void reject() {
    act(() -> desk.decide(selected, new Decision("reject", lines())), "orders.rejected");
  }

  public void refund() {
    act(() -> desk.refund(selected), "orders.refunded");
  }

  private List<String> lines() {
    return reasons == null ? List.of() : Arrays.asList(reasons.split("\\R"));
  }

  private void act(Supplier<OrderDetail> step, String done) {
    try {
      order = step.get();
      orders = null;
      reasons = null;
      Pages.info(Pages.text("msg", done));
    } catch (RuntimeException e) {
      Pages.show(e, "decide");
    }
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = getStates().contains(state) ? state : QUEUE;
  }

  public ListParams getList() {
    return list;
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
    this.order = null;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}
