package com.openplatform.portal.application.web;

import com.openplatform.apps.application.ApplicationView;
import com.openplatform.apps.application.MyApplications;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.web.page.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My applications": the developer's apps and the form to register one (§2.5.6). */
@Named
@ViewScoped
public class MyAppsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyApplications apps;

  private List<ApplicationView> mine;
  private long total;
  private final AppForm form = new AppForm();

  @PostConstruct
  void load() {
    var page = apps.mine(new PageRequest(0, PageRequest.MAX));
    mine = page.items();
    total = page.total();
  }

  /** Registers the app and opens its page; refusals show beside the fields. */
  public String register() {
    try {
      ApplicationView app = apps.register(form.toForm());
      return "app.xhtml?faces-redirect=true&id=" + app.id();
    } catch (RuntimeException e) {
      Pages.show(e, "register");
      return null;
    }
  }

  public List<ApplicationView> getMine() {
    return mine;
  }

  public long getTotal() {
    return total;
  }

  public AppForm getForm() {
    return form;
  }
}
