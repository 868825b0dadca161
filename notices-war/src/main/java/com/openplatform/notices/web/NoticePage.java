package com.openplatform.notices.web;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.delivery.Delivery;
import com.openplatform.notices.delivery.DeliveryView;
import com.openplatform.notices.notice.Notice;
import com.openplatform.notices.notice.NoticeDesk;
import com.openplatform.notices.notice.NoticeView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * One notice for staff: what it says, its progress (the page refreshes itself while recipients are
 * being found or deliveries wait), and its deliveries (§6.2).
 */
@Named
@RequestScoped
public class NoticePage {

  @EJB NoticeDesk desk;

  private String id;
  private NoticeView notice;
  private List<DeliveryView> deliveries;

  public NoticeView getNotice() {
    if (notice == null && id != null) {
      notice = desk.get(id);
    }
    return notice;
  }

  public List<DeliveryView> getDeliveries() {
    if (deliveries == null && getNotice() != null) {
      deliveries = desk.deliveries(id, null, new PageRequest(0, 200)).items();
    }
    return deliveries;
  }

  /** How many of the notice's deliveries are in this state. */
  public long count(String state) {
    NoticeView n = getNotice();
    return n == null ? 0 : n.deliveries().getOrDefault(Delivery.State.valueOf(state), 0L);
  }

  /** While the fan-out runs or deliveries are pending, the page refreshes every few seconds. */
  public boolean isInProgress() {
    NoticeView n = getNotice();
    return n != null
        && (n.state() != Notice.State.FANNED_OUT || n.deliveries().get(Delivery.State.PENDING) > 0);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
