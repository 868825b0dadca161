package com.openplatform.portal.application.web;

import com.openplatform.apps.application.ApplicationState;
import com.openplatform.apps.application.ApplicationView;
import com.openplatform.apps.application.MyApplications;
import com.openplatform.apps.application.MyApplications.IssuedSecret;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One of the developer's applications: state and the reviewers' reasons, its history, change and
 * resubmit (never once offline, §2.8.2), and its AppSecret — shown on this page once, right after
 * it is made; getting another one resets it.
 */
@Named
@ViewScoped
public class AppPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MyApplications apps;

  private String id;
  private ApplicationView app;
  private AppForm form;
  private IssuedSecret issued;

  /** Loads the app named by {@code ?id=} (another developer's id is "not found"). */
  public void load() {
    if (app == null) {
      try {
        app = apps.get(id);
        form = AppForm.of(app);
      } catch (RuntimeException e) {
        Pages.show(e, null);
      }
    }
  }

  public void resubmit() {
    try {
      app = apps.change(app.id(), form.toForm());
      Pages.info(Pages.text("msg", "apps.resubmitted"));
    } catch (RuntimeException e) {
      Pages.show(e, "change");
    }
  }

  public void newSecret() {
    try {
      issued = apps.newSecret(app.id());
      app = apps.get(app.id());
    } catch (RuntimeException e) {
      Pages.show(e, "secret");
    }
  }

  public boolean isChangeable() {
    return app != null && app.state() != ApplicationState.OFFLINE;
  }

  public boolean isApproved() {
    return app != null && app.state() == ApplicationState.APPROVED;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ApplicationView getApp() {
    return app;
  }

  public AppForm getForm() {
    return form;
  }

  public IssuedSecret getIssued() {
    return issued;
  }
}
