package com.openplatform.notices.web;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.delivery.DeliveryView;
import com.openplatform.notices.notice.NoticeDesk;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** §6.2 for staff: everything sent to one developer, on every channel, when, and what failed. */
@Named
@RequestScoped
public class DeveloperDeliveriesPage {

  @EJB NoticeDesk desk;

  private String id;
  private List<DeliveryView> deliveries;

  public List<DeliveryView> getDeliveries() {
    if (deliveries == null) {
      try {
        deliveries = id == null ? List.of() : desk.ofDeveloper(id, new PageRequest(0, 200)).items();
      } catch (RuntimeException e) {
        Pages.show(e, null);
        deliveries = List.of();
      }
    }
    return deliveries;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
