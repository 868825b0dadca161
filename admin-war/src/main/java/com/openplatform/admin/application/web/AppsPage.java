package com.openplatform.admin.application.web;

import com.openplatform.apps.application.ApplicationReview;
import com.openplatform.apps.application.ApplicationState;
import com.openplatform.apps.application.ApplicationView;
import com.openplatform.apps.mark.ProtectedMarks;
import com.openplatform.apps.mark.ProtectedMarks.MarkView;
import com.openplatform.apps.mark.ProtectedMarks.NewMark;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.page.Pages;
import com.openplatform.web.paging.ListParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Application review in the staff console (§2.5.7): the queue by state, one application with its
 * history, approve / reject with reasons / take offline (§2.8.2); and the tenant's protected marks
 * (§2.5.7, §2.6.4(3)). The EJBs check every role.
 */
@Named
@ViewScoped
public class AppsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ApplicationReview review;
  @EJB ProtectedMarks marks;

  private String state = ApplicationState.SUBMITTED.name();
  private final ListParams list = new ListParams();
  private Page<ApplicationView> queue;
  private String selected;
  private ApplicationView app;
  private String reason;
  private String newMark;

  public List<String> getStates() {
    return java.util.Arrays.stream(ApplicationState.values()).map(Enum::name).toList();
  }

  public Page<ApplicationView> getQueue() {
    if (queue == null) {
      queue =
          review.queue(
              ApplicationState.valueOf(state),
              new PageRequest(list.getFirst(), PageRequest.DEFAULT_MAX),
              list.getSort());
    }
    return queue;
  }

  /** The application named by {@code ?app=} (its own address), with its history and documents. */
  public ApplicationView getApp() {
    if (app == null && selected != null && !selected.isBlank()) {
      try {
        app = review.get(selected);
      } catch (RuntimeException e) {
        selected = null;
        Pages.show(e, null);
      }
    }
    return app;
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
    this.app = null;
  }

  public void approve() {
    act(() -> review.approve(selected, reason), "apps.approved");
  }

  public void reject() {
    act(() -> review.reject(selected, reason), "apps.rejected");
  }

  public void takeOffline() {
    act(() -> review.takeOffline(selected, reason), "apps.offline");
  }

  private void act(Supplier<ApplicationView> step, String done) {
    try {
      app = step.get();
      queue = null;
      reason = null;
      Pages.info(Pages.text("msg", done));
    } catch (RuntimeException e) {
      Pages.show(e, "decide");
    }
  }

  public List<MarkView> getMarks() {
    return marks.list();
  }

  public void addMark() {
    try {
      marks.add(new NewMark(newMark));
      newMark = null;
      Pages.info(Pages.text("msg", "marks.added"));
    } catch (RuntimeException e) {
      Pages.show(e, "marks");
    }
  }

  public void removeMark(String id) {
    try {
      marks.remove(id);
    } catch (RuntimeException e) {
      Pages.show(e, "marks");
    }
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = getStates().contains(state) ? state : ApplicationState.SUBMITTED.name();
  }

  public ListParams getList() {
    return list;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getNewMark() {
    return newMark;
  }

  public void setNewMark(String newMark) {
    this.newMark = newMark;
  }
}
