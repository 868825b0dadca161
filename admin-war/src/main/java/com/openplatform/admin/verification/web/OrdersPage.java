package com.openplatform.admin.verification.web;

import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.billing.reviewer.ReviewerOrganisations;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationView;
import com.openplatform.billing.verification.OrderState;
import com.openplatform.billing.verification.OrderView;
import com.openplatform.billing.verification.VerificationDesk;
import com.openplatform.billing.verification.VerificationDesk.Assignment;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Verification orders in the staff console (§2.4): the review queue (paid, undecided) and every
 * other state, one order with its ledger entries, approve / reject with reasons (reviewers) and
 * refunds (finance); §2.4.2: reviewers entrust an order to a reviewer organisation, whose own
 * reviewers see here only the orders assigned to it, with the developer's materials. The EJB checks
 * every role and scope.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The tab of the review queue: paid and not yet decided. */
  static final String QUEUE = "queue";

  @EJB VerificationDesk desk;
  @EJB ReviewerOrganisations organisations;

  private String state = QUEUE;
  private final ListParams list = new ListParams();
  private Page<OrderView> orders;
  private String selected;
  private OrderDetail order;
  private String reasons;
  private String assignTo;
  private Map<String, String> organisationNames;
  private MaterialsView materials;
  private boolean materialsRead;
  private String reviewingFor;
  private boolean scopeRead;

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

  /** §2.4.2: the organisation a reviewer of one reviews for; null for the tenant's staff. */
  public String getReviewingFor() {
    if (!scopeRead) {
      reviewingFor = desk.reviewingFor();
      scopeRead = true;
    }
    return reviewingFor;
  }

  /** Whether the caller is an organisation's reviewer (not the tenant's staff). */
  public boolean isOrganisationReviewer() {
    return Pages.request().isUserInRole("org-reviewer")
        && !(Pages.request().isUserInRole("reviewer")
            || Pages.request().isUserInRole("finance")
            || Pages.request().isUserInRole("tenant-admin"));
  }

  /** Id → name of the tenant's reviewer organisations (staff only). */
  public Map<String, String> getOrganisationNames() {
    if (organisationNames == null) {
      organisationNames = new LinkedHashMap<>();
      if (!isOrganisationReviewer()) {
        organisations.list().forEach(o -> organisationNames.put(o.id(), o.name()));
      }
    }
    return organisationNames;
  }

  /** Active organisations an order can be entrusted to. */
  public List<OrganisationView> getOrganisationChoices() {
    return isOrganisationReviewer()
        ? List.of()
        : organisations.list().stream().filter(OrganisationView::active).toList();
  }

  /** The developer's current materials, for whoever reviews the order; null without any. */
  public MaterialsView getMaterials() {
    if (!materialsRead && getOrder() != null) {
      materialsRead = true;
      if (Pages.request().isUserInRole("reviewer")
          || Pages.request().isUserInRole("tenant-admin")
          || Pages.request().isUserInRole("org-reviewer")) {
        try {
          materials = desk.materials(selected);
        } catch (RuntimeException e) {
          materials = null;
        }
      }
    }
    return materials;
  }

  public boolean isAssignable() {
    OrderDetail o = getOrder();
    return o != null
        && !isOrganisationReviewer()
        && !o.order().state().isFinal()
        && o.order().state() != OrderState.REJECTED;
  }

  public void assign() {
    act(
        () ->
            desk.assign(
                selected, new Assignment(assignTo == null || assignTo.isBlank() ? null : assignTo)),
        "orders.assigned");
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
    this.materials = null;
    this.materialsRead = false;
  }

  public String getAssignTo() {
    if (assignTo == null && getOrder() != null) {
      assignTo = getOrder().order().reviewerOrganisation();
    }
    return assignTo;
  }

  public void setAssignTo(String assignTo) {
    this.assignTo = assignTo;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}
