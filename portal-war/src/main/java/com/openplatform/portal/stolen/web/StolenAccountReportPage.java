package com.openplatform.portal.stolen.web;

import com.openplatform.accounts.stolen.ReceiptView;
import com.openplatform.accounts.stolen.ReportForm;
import com.openplatform.accounts.stolen.StolenAccountReports;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** The page to report a stolen account (§2.1.6), for anyone. */
@Named
@ViewScoped
public class StolenAccountReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB StolenAccountReports reports;

  private String accountEmail;
  private String reporterName;
  private String reporterEmail;
  private String reporterPhone;
  private String identityInfo;
  private String facts;
  private String requests;
  private ReceiptView receipt;

  public void submit() {
    try {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      receipt =
          reports.submit(
              new ReportForm(
                  accountEmail,
                  reporterName,
                  reporterEmail,
                  reporterPhone,
                  identityInfo,
                  facts,
                  requests),
              com.openplatform.core.tenancy.TenantContext.caller().clientAddress());
    } catch (RuntimeException e) {
      Pages.show(e, "report");
    }
  }

  /** The labels of the missing fields, in the page's language. */
  public List<String> getMissing() {
    return receipt == null
        ? List.of()
        : receipt.missing().stream().map(f -> Pages.text("msg", "stolen.field." + f)).toList();
  }

  public ReceiptView getReceipt() {
    return receipt;
  }

  public String getAccountEmail() {
    return accountEmail;
  }

  public void setAccountEmail(String accountEmail) {
    this.accountEmail = accountEmail;
  }

  public String getReporterName() {
    return reporterName;
  }

  public void setReporterName(String reporterName) {
    this.reporterName = reporterName;
  }

  public String getReporterEmail() {
    return reporterEmail;
  }

  public void setReporterEmail(String reporterEmail) {
    this.reporterEmail = reporterEmail;
  }

  public String getReporterPhone() {
    return reporterPhone;
  }

  public void setReporterPhone(String reporterPhone) {
    this.reporterPhone = reporterPhone;
  }

  public String getIdentityInfo() {
    return identityInfo;
  }

  public void setIdentityInfo(String identityInfo) {
    this.identityInfo = identityInfo;
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public String getRequests() {
    return requests;
  }

  public void setRequests(String requests) {
    this.requests = requests;
  }
}
