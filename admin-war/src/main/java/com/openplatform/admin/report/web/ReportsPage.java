package com.openplatform.admin.report.web;

import com.openplatform.billing.fee.PaidService;
import com.openplatform.billing.report.FeeReports;
import com.openplatform.billing.report.FeeReports.JobView;
import com.openplatform.billing.report.FeeReports.ReportRequest;
import com.openplatform.billing.reviewer.ReviewerOrganisations;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationView;
import com.openplatform.billing.verification.OrderState;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The verification fee report page (finance, tenant administrators): a period, a format and filters
 * start a report in the background; the list shows each report's progress (the page reloads itself
 * while one is being made) and a download when it is done.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB FeeReports reports;
  @EJB ReviewerOrganisations organisations;

  private String from = LocalDate.now().withDayOfMonth(1).toString();
  private String to = LocalDate.now().toString();
  private String format = "PDF";
  private String state;
  private String organisation;
  private List<JobView> jobs;
  private List<OrganisationView> knownOrganisations;

  public List<JobView> getJobs() {
    if (jobs == null) {
      jobs = reports.mine();
    }
    return jobs;
  }

  /** True while a report is being made: the page then reloads itself every few seconds. */
  public boolean isWorking() {
    return getJobs().stream()
        .anyMatch(j -> j.state().equals("QUEUED") || j.state().equals("RUNNING"));
  }

  public String start() {
    try {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      reports.start(
          new ReportRequest(
              from,
              to,
              format,
              state == null || state.isBlank() ? null : OrderState.valueOf(state),
              PaidService.VERIFICATION,
              locale.getLanguage().equals("zh") ? "zh" : "en",
              organisation == null || organisation.isBlank() ? null : organisation));
      return "reports.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      Pages.show(e, "report");
      return null;
    }
  }

  /** §2.4.2: the reviewer organisations a report may be narrowed to. */
  public List<OrganisationView> getOrganisations() {
    if (knownOrganisations == null) {
      knownOrganisations = organisations.list();
    }
    return knownOrganisations;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public List<String> getStates() {
    return Arrays.stream(OrderState.values()).map(Enum::name).toList();
  }

  public List<String> getFormats() {
    return Arrays.stream(com.openplatform.billing.report.FeeReport.Format.values())
        .map(Enum::name)
        .toList();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
