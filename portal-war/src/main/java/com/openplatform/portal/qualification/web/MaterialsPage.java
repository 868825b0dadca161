package com.openplatform.portal.qualification.web;

import com.openplatform.accounts.qualification.Materials;
import com.openplatform.accounts.qualification.MaterialsForm;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.accounts.qualification.QualificationMaterials;
import com.openplatform.web.page.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** The materials page (§1.1, §2.2): subject and contact, documents, and the history of versions. */
@Named
@ViewScoped
public class MaterialsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB QualificationMaterials materials;

  private MaterialsView current;
  private List<MaterialsView> versions;
  private String subjectType = "LEGAL_PERSON";
  private String subjectName;
  private boolean otherScheme;
  private String registrationNumber;
  private String contactName;
  private String contactAddress;
  private String contactEmail;
  private String contactPhone;
  private transient Part file;

  @PostConstruct
  void load() {
    current = materials.current().orElse(null);
    versions = materials.versions();
    Materials m = current == null ? null : current.materials();
    if (m != null) {
      subjectType = m.subjectType().name();
      subjectName = m.subjectName();
      otherScheme = !m.numberValidated();
      registrationNumber = m.registrationNumber();
      contactName = m.contactName();
      contactAddress = m.contactAddress();
      contactEmail = m.contactEmail();
      contactPhone = m.contactPhone();
    }
  }

  public void save() {
    try {
      materials.submit(
          new MaterialsForm(
              subjectType,
              subjectName,
              otherScheme ? "OTHER" : null,
              registrationNumber,
              contactName,
              contactAddress,
              contactEmail,
              contactPhone));
      Pages.info(Pages.text("msg", "materials.saved"));
      load();
    } catch (RuntimeException e) {
      Pages.show(e, "materials");
    }
  }

  public void upload() throws IOException {
    if (file == null) {
      return;
    }
    try (InputStream in = file.getInputStream()) {
      materials.upload(
          file.getSubmittedFileName(), com.openplatform.core.document.DocumentCheck.read(in));
      Pages.info(Pages.text("msg", "materials.uploaded"));
      load();
    } catch (RuntimeException e) {
      Pages.show(e, "upload");
    }
  }

  public void remove(String documentId) {
    try {
      materials.remove(documentId);
      load();
    } catch (RuntimeException e) {
      Pages.show(e, "documents");
    }
  }

  public MaterialsView getCurrent() {
    return current;
  }

  public List<MaterialsView> getVersions() {
    return versions;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public String getSubjectName() {
    return subjectName;
  }

  public void setSubjectName(String subjectName) {
    this.subjectName = subjectName;
  }

  public boolean isOtherScheme() {
    return otherScheme;
  }

  public void setOtherScheme(boolean otherScheme) {
    this.otherScheme = otherScheme;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactAddress() {
    return contactAddress;
  }

  public void setContactAddress(String contactAddress) {
    this.contactAddress = contactAddress;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
