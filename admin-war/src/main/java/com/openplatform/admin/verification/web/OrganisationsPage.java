package com.openplatform.admin.verification.web;

import com.openplatform.billing.reviewer.ReviewerOrganisations;
import com.openplatform.billing.reviewer.ReviewerOrganisations.NewMember;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationDetail;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationForm;
import com.openplatform.billing.reviewer.ReviewerOrganisations.OrganisationView;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Entrusted reviewer organisations (§2.4.2) in the staff console, for tenant administrators: record
 * one, change or deactivate it, give it sign-ins and end them. The EJB checks every role.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ReviewerOrganisations organisations;

  private List<OrganisationView> all;
  private String selected;
  private OrganisationDetail organisation;
  private String name;
  private String contact;
  private boolean active = true;
  private String newName;
  private String newContact;
  private String memberEmail;
  private String memberPassword;

  public List<OrganisationView> getAll() {
    if (all == null) {
      all = organisations.list();
    }
    return all;
  }

  /** The organisation named by {@code ?id=}, with its sign-ins. */
  public OrganisationDetail getOrganisation() {
    if (organisation == null && selected != null && !selected.isBlank()) {
      try {
        organisation = organisations.get(selected);
        name = organisation.organisation().name();
        contact = organisation.organisation().contact();
        active = organisation.organisation().active();
      } catch (RuntimeException e) {
        selected = null;
        Pages.show(e, null);
      }
    }
    return organisation;
  }

  public String create() {
    try {
      OrganisationView created =
          organisations.create(new OrganisationForm(newName, newContact, true));
      return "organisations.xhtml?faces-redirect=true&id=" + created.id();
    } catch (RuntimeException e) {
      Pages.show(e, "create");
      return null;
    }
  }

  public void save() {
    try {
      organisations.update(selected, new OrganisationForm(name, contact, active));
      refresh("organisations.saved");
    } catch (RuntimeException e) {
      Pages.show(e, "edit");
    }
  }

  public void addMember() {
    try {
      organisations.addMember(selected, new NewMember(memberEmail, memberPassword));
      memberEmail = null;
      refresh("organisations.memberAdded");
    } catch (RuntimeException e) {
      Pages.show(e, "member");
    } finally {
      memberPassword = null;
    }
  }

  public void removeMember(String memberId) {
    try {
      organisations.removeMember(selected, memberId);
      refresh("organisations.memberRemoved");
    } catch (RuntimeException e) {
      Pages.show(e, null);
    }
  }

  private void refresh(String done) {
    organisation = null;
    all = null;
    Pages.info(Pages.text("msg", done));
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
    this.organisation = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewContact() {
    return newContact;
  }

  public void setNewContact(String newContact) {
    this.newContact = newContact;
  }

  public String getMemberEmail() {
    return memberEmail;
  }

  public void setMemberEmail(String memberEmail) {
    this.memberEmail = memberEmail;
  }

  public String getMemberPassword() {
    return memberPassword;
  }

  public void setMemberPassword(String memberPassword) {
    this.memberPassword = memberPassword;
  }
}
