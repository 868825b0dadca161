package com.openplatform.admin.fee.web;

import com.openplatform.billing.fee.FeeSchedules;
import com.openplatform.billing.fee.FeeSchedules.NewVersion;
import com.openplatform.billing.fee.FeeSchedules.ScheduleView;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The verification fee schedule in the staff console (§2.3): the price in force, every version, and
 * for finance and tenant administrators publishing a new one — a rise or a new charge no sooner
 * than the notice period (§2.3.2). Times are entered and shown in the tenant's zone; the EJB checks
 * roles.
 */
@Named
@ViewScoped
public class FeesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB FeeSchedules schedules;

  private ScheduleView schedule;
  private String amount;
  private LocalDateTime effective;

  public ScheduleView getSchedule() {
    if (schedule == null) {
      try {
        schedule = schedules.schedule("VERIFICATION");
      } catch (RuntimeException e) {
        Pages.show(e, null);
      }
    }
    return schedule;
  }

  public void publish() {
    try {
      String at =
          effective == null
              ? null
              : effective
                  .atZone(TenantDirectory.zoneOf(TenantContext.tenant()))
                  .toInstant()
                  .toString();
      schedules.publish("VERIFICATION", new NewVersion(amount, null, at));
      Pages.info(Pages.text("msg", "fees.published"));
      schedule = null;
      amount = null;
      effective = null;
    } catch (RuntimeException e) {
      Pages.show(e, "publish");
    }
  }

  public boolean isPublisher() {
    return TenantContext.caller().hasRole("finance")
        || TenantContext.caller().hasRole("tenant-admin");
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public LocalDateTime getEffective() {
    return effective;
  }

  public void setEffective(LocalDateTime effective) {
    this.effective = effective;
  }
}
