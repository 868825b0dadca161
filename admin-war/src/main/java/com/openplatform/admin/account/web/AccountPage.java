package com.openplatform.admin.account.web;

import com.openplatform.accounts.account.AccountAction;
import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountEnforcement;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.account.StatusChangeView;
import com.openplatform.accounts.affiliate.AffiliateGroups;
import com.openplatform.accounts.affiliate.EntityGroupView;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.accounts.qualification.QualificationReview;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One developer account for staff: its facts, status history and operations (§2.8, §5), its
 * qualification materials with every version (§2.2), and its entity group (§5.7).
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountDirectory directory;
  @EJB AccountEnforcement enforcement;
  @EJB QualificationReview review;
  @EJB AffiliateGroups groups;

  private String id;
  private String action = "suspend";
  private String reason;
  private String affiliateEmail;

  public AccountView getAccount() {
    return directory.get(id);
  }

  public List<StatusChangeView> getHistory() {
    return isEnforcer() ? enforcement.history(id) : List.of();
  }

  public List<MaterialsView> getVersions() {
    return review.versions(id);
  }

  public EntityGroupView getGroup() {
    return groups.groupOf(id);
  }

  public List<String> getActions() {
    return Arrays.stream(AccountAction.values())
        .filter(a -> a != AccountAction.CONFIRM_EMAIL)
        .map(AccountAction::code)
        .toList();
  }

  public boolean isEnforcer() {
    var caller = TenantContext.caller();
    return caller.hasRole("trust-safety") || caller.hasRole("tenant-admin");
  }

  public void apply() {
    act(() -> enforcement.apply(id, AccountAction.ofCode(action).orElseThrow(), reason), "status");
  }

  public void declareAffiliate() {
    act(
        () -> {
          String other =
              com.openplatform.accounts.account.EmailAddress.parse(affiliateEmail)
                  .flatMap(directory::idOfEmail)
                  .orElseThrow(
                      () ->
                          new ProblemException(
                              com.openplatform.core.problem.ProblemKind.Common.NOT_FOUND));
          groups.declare(List.of(id, other), reason);
        },
        "affiliate");
  }

  private void act(Runnable work, String form) {
    try {
      work.run();
      reason = null;
      Pages.info(Pages.text("msg", "account.done"));
    } catch (RuntimeException e) {
      Pages.show(e, form);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getAffiliateEmail() {
    return affiliateEmail;
  }

  public void setAffiliateEmail(String affiliateEmail) {
    this.affiliateEmail = affiliateEmail;
  }
}
