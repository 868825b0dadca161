package com.openplatform.portal.agreement.web;

import com.openplatform.accounts.agreement.AgreementAcceptance;
import com.openplatform.accounts.agreement.AgreementView;
import com.openplatform.portal.agreement.Origins;
import com.openplatform.web.page.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * The agreement gate's page (§8.1): read the version in force, accept it, or refuse it in writing
 * (§5.1).
 */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AgreementAcceptance acceptance;

  private AgreementView agreement;
  private String statement;
  private boolean refused;

  @PostConstruct
  void load() {
    agreement = acceptance.current().orElse(null);
  }

  public String accept() throws IOException {
    try {
      acceptance.accept(agreement.id(), Origins.of(request()));
      return "/account/index.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      show(e);
      return null;
    }
  }

  public void refuse() {
    try {
      acceptance.refuse(agreement.id(), statement, Origins.of(request()));
      refused = true;
      FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    } catch (RuntimeException e) {
      show(e);
    }
  }

  private static void show(RuntimeException e) {
    Pages.show(e, "refuse");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public AgreementView getAgreement() {
    return agreement;
  }

  public boolean isRefused() {
    return refused;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }
}
