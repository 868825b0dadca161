package com.openplatform.portal.verification.web;

import com.openplatform.billing.verification.MyVerification;
import com.openplatform.billing.verification.OrderState;
import com.openplatform.billing.verification.OrderView;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One verification order: what it costs and until when it can be paid, the sandbox cashier of the
 * demo (it plays the payer), the receipt once paid, and the reviewers' decision.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyVerification verification;

  private String id;
  private OrderView order;
  private boolean sandbox;

  /** Loads the order named by {@code ?id=} (another developer's id is "not found"). */
  public void load() {
    if (order == null) {
      try {
        order = verification.get(id);
        sandbox = verification.sandboxPayer();
      } catch (RuntimeException e) {
        Pages.show(e, null);
      }
    }
  }

  /** The sandbox plays the payer: the payment is reported as a provider would. */
  public void pay() {
    try {
      order = verification.payInSandbox(order.id());
      Pages.info(Pages.text("msg", "verification.paidNow"));
    } catch (RuntimeException e) {
      Pages.show(e, "pay");
    }
  }

  public boolean isPayable() {
    return order != null && order.state() == OrderState.AWAITING_PAYMENT;
  }

  public boolean isPaid() {
    return order != null && order.paidAt() != null;
  }

  public boolean isSandbox() {
    return sandbox;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public OrderView getOrder() {
    return order;
  }
}
