package com.openplatform.portal.application.web;

import com.openplatform.apps.application.ApplicationForm;
import com.openplatform.apps.application.ApplicationView;
import com.openplatform.apps.application.Category;
import java.io.Serializable;
import java.util.List;

/** The fields of the application form on the pages, bound one by one. */
public class AppForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String description;
  private String category = Category.TOOLS.name();
  private String website;
  private String privacyPolicyUrl;
  private String customerService;
  private String claimsContact;
  private boolean poweredByAcknowledged;
  private String domains;
  private String links;
  private String thirdPartyAccounts;

  static AppForm of(ApplicationView app) {
    AppForm form = new AppForm();
    form.name = app.name();
    form.description = app.description();
    form.category = app.category().name();
    form.website = app.website();
    form.privacyPolicyUrl = app.privacyPolicyUrl();
    form.customerService = app.customerService();
    form.claimsContact = app.claimsContact();
    form.poweredByAcknowledged = true;
    form.domains = String.join("\n", app.domains());
    form.links = String.join("\n", app.links());
    form.thirdPartyAccounts = String.join("\n", app.thirdPartyAccounts());
    return form;
  }

  ApplicationForm toForm() {
    return new ApplicationForm(
        name,
        description,
        category,
        website,
        privacyPolicyUrl,
        customerService,
        claimsContact,
        poweredByAcknowledged,
        lines(domains),
        lines(links),
        lines(thirdPartyAccounts));
  }

  /** A text area's lines, one value each (blank lines are dropped by the checks). */
  static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\\R"));
  }

  public String getDomains() {
    return domains;
  }

  public void setDomains(String domains) {
    this.domains = domains;
  }

  public String getLinks() {
    return links;
  }

  public void setLinks(String links) {
    this.links = links;
  }

  public String getThirdPartyAccounts() {
    return thirdPartyAccounts;
  }

  public void setThirdPartyAccounts(String thirdPartyAccounts) {
    this.thirdPartyAccounts = thirdPartyAccounts;
  }

  public List<String> getCategories() {
    return java.util.Arrays.stream(Category.values()).map(Category::name).toList();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getPrivacyPolicyUrl() {
    return privacyPolicyUrl;
  }

  public void setPrivacyPolicyUrl(String privacyPolicyUrl) {
    this.privacyPolicyUrl = privacyPolicyUrl;
  }

  public String getCustomerService() {
    return customerService;
  }

  public void setCustomerService(String customerService) {
    this.customerService = customerService;
  }

  public String getClaimsContact() {
    return claimsContact;
  }

  public void setClaimsContact(String claimsContact) {
    this.claimsContact = claimsContact;
  }

  public boolean isPoweredByAcknowledged() {
    return poweredByAcknowledged;
  }

  public void setPoweredByAcknowledged(boolean poweredByAcknowledged) {
    this.poweredByAcknowledged = poweredByAcknowledged;
  }
}
