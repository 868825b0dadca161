package com.openplatform.notices.web;

import com.openplatform.notices.announcement.Announcements;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page of a commercial mail's unsubscribe link (§6.3): one button, no sign-in. */
@Named
@RequestScoped
public class UnsubscribePage {

  @EJB Announcements announcements;
  private String delivery;
  private boolean done;

  public String unsubscribe() {
    try {
      announcements.unsubscribe(delivery);
      Pages.info(Pages.text("msg", "unsubscribe.done"));
      Pages.keepMessages();
      return "/unsubscribe.xhtml?faces-redirect=true&done=true";
    } catch (RuntimeException e) {
      Pages.show(e, null);
      return null;
    }
  }

  public String getDelivery() {
    return delivery;
  }

  public void setDelivery(String delivery) {
    this.delivery = delivery;
  }

  public boolean isDone() {
    return done;
  }

  public void setDone(boolean done) {
    this.done = done;
  }
}
