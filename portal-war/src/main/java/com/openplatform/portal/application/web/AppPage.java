package com.openplatform.portal.application.web;

import com.openplatform.apps.application.ApplicationState;
import com.openplatform.apps.application.ApplicationView;
import com.openplatform.apps.application.DocumentKind;
import com.openplatform.apps.application.MyApplications;
import com.openplatform.apps.application.MyApplications.IssuedSecret;
import com.openplatform.core.document.DocumentCheck;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

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
  private String documentKind = DocumentKind.LICENCE.name();
  private transient Part file;
  private String allowList;

  /** Loads the app named by {@code ?id=} (another developer's id is "not found"). */
  public void load() {
    if (app == null) {
      try {
        app = apps.get(id);
        form = AppForm.of(app);
        allowList = String.join("\n", app.ipAllowList());
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

  /** §2.2.3, §2.2.4: a licence or copyright document, checked like qualification documents. */
  public void upload() throws IOException {
    if (file == null) {
      return;
    }
    try (InputStream in = file.getInputStream()) {
      apps.upload(app.id(), documentKind, file.getSubmittedFileName(), DocumentCheck.read(in));
      app = apps.get(app.id());
      Pages.info(Pages.text("msg", "materials.uploaded"));
    } catch (RuntimeException e) {
      Pages.show(e, "documents");
    }
  }

  public void saveAllowList() {
    try {
      app = apps.allowFrom(app.id(), AppForm.lines(allowList));
      allowList = String.join("\n", app.ipAllowList());
      Pages.info(Pages.text("msg", "apps.allowListSaved"));
    } catch (RuntimeException e) {
      Pages.show(e, "allow");
    }
  }

  public List<String> getDocumentKinds() {
    return Arrays.stream(DocumentKind.values()).map(DocumentKind::name).toList();
  }

  public String getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(String documentKind) {
    this.documentKind = documentKind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getAllowList() {
    return allowList;
  }

  public void setAllowList(String allowList) {
    this.allowList = allowList;
  }

  public boolean isChangeable() {
    return app != null && app.state() != ApplicationState.OFFLINE;
  }

  /** Where the app gets its access tokens (shown beside the credentials). */
  public String getTokenEndpoint() {
    return apps.tokenEndpoint();
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
