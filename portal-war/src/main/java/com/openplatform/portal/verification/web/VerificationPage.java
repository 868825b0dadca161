package com.openplatform.portal.verification.web;

import com.openplatform.billing.verification.MyVerification;
import com.openplatform.billing.verification.OrderView;
import com.openplatform.billing.verification.VerificationStatus;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.page.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Verification" (§2.4): where the developer stands, the fee in force, ordering, and every order
 * with its receipt. The rules (materials complete, not restricted, one open order) are the EJB's.
 */
@Named
@ViewScoped
public class VerificationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyVerification verification;

  private VerificationStatus status;
  private List<OrderView> orders;

  @PostConstruct
  void load() {
    try {
      status = verification.status();
      orders = verification.mine(new PageRequest(0, PageRequest.MAX)).items();
    } catch (RuntimeException e) {
      Pages.show(e, null);
      orders = List.of();
    }
  }

  /** Orders verification and opens the order to pay it. */
  public String order() {
    try {
      OrderView order = verification.apply();
      return "order.xhtml?faces-redirect=true&id=" + order.id();
    } catch (RuntimeException e) {
      Pages.show(e, "apply");
      return null;
    }
  }

  public VerificationStatus getStatus() {
    return status;
  }

  public List<OrderView> getOrders() {
    return orders;
  }
}
