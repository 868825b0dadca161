package com.openplatform.admin.qq.web;

import com.openplatform.accounts.qq.ImportReport;
import com.openplatform.accounts.qq.QqAccountImport;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** The page where a tenant administrator imports existing QQ-number users (§2.1.1). */
@Named
@ViewScoped
public class QqImportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_BYTES = 512 * 1024;

  @EJB QqAccountImport imports;

  private transient Part file;
  private ImportReport report;

  public void upload() throws IOException {
    if (file == null) {
      return;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes(MAX_BYTES + 1);
      String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
      String type =
          name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
              ? "application/json"
              : "text/csv";
      report = imports.importFile(type, content);
    } catch (RuntimeException e) {
      report = null;
      Pages.show(e, "upload");
    }
  }

  public ImportReport getReport() {
    return report;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
