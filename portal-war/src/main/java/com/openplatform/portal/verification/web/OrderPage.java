package com.openplatform.portal.verification.web;

import com.openplatform.billing.payment.wechat.WeChatPay;
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
  private boolean weChat;
  private WeChatPay.NativeCode weChatCode;

  /** Loads the order named by {@code ?id=} (another developer's id is "not found"). */
  public void load() {
    if (order == null) {
      try {
        order = verification.get(id);
        sandbox = verification.sandboxPayer();
        weChat = verification.weChatPayAvailable();
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

  /** §2.4: WeChat Pay (Native): a code to scan with the WeChat app; the page then waits for it. */
  public void payWithWeChat() {
    try {
      weChatCode = verification.payWithWeChat(order.id());
    } catch (RuntimeException e) {
      Pages.show(e, "wechat");
    }
  }

  /** The code to scan as an SVG image, or null before one was asked for. */
  public String getWeChatQr() {
    return weChatCode == null
        ? null
        : QrCodes.svg(weChatCode.codeUrl(), Pages.text("msg", "verification.weChatPay"));
  }

  public WeChatPay.NativeCode getWeChatCode() {
    return weChatCode;
  }

  public boolean isWeChat() {
    return weChat;
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
