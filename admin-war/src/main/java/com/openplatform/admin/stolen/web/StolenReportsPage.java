package com.openplatform.admin.stolen.web;

import com.openplatform.accounts.stolen.ReportView;
import com.openplatform.accounts.stolen.StolenAccountReports;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.page.Pages;
import com.openplatform.web.paging.ListParams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The stolen-account reports queue of the staff console (§2.1.6). */
@Named
@ViewScoped
public class StolenReportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB StolenAccountReports reports;

  private String selected;
  private String note;
  private final ListParams list = new ListParams();
  private Page<ReportView> queue;

  public Page<ReportView> getQueue() {
    if (queue == null) {
      queue =
          reports.queue(new PageRequest(list.getFirst(), PageRequest.DEFAULT_MAX), list.getSort());
    }
    return queue;
  }

  public ListParams getList() {
    return list;
  }

  public ReportView getReport() {
    return selected == null ? null : reports.get(selected);
  }

  public void select(String id) {
    selected = id;
    note = null;
  }

  public void verify() {
    act(() -> reports.startVerification(selected, note));
  }

  public void confirm() {
    act(() -> reports.confirm(selected, note));
  }

  public void reject() {
    act(() -> reports.reject(selected, note));
  }

  private void act(Runnable step) {
    try {
      step.run();
      queue = null;
      note = null;
      Pages.info(Pages.text("msg", "stolen.done"));
    } catch (RuntimeException e) {
      Pages.show(e, "decide");
    }
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
