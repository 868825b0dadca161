package com.openplatform.core.tenancy;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A timer's round over every known tenant: each tenant's part runs as that tenant's system caller;
 * a part that fails (a peer down) is logged and waits for the next round while the other tenants go
 * on.
 */
public final class TenantRounds {

  private static final Logger LOG = Logger.getLogger(TenantRounds.class.getName());

  private TenantRounds() {}

  /**
   * Runs {@code work} once per tenant as the system caller {@code caller}; {@code what} names the
   * work in the log ("verification expiry reminders").
   */
  public static void run(String caller, String what, Runnable work) {
    for (TenantId tenant : TenantDirectory.all()) {
      TenantContext.runAs(
          new Caller(tenant, caller, caller, Set.of()),
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.log(
                  Level.WARNING,
                  what + " of " + tenant + " wait for the next round: " + e.getMessage());
            }
          });
    }
  }
}
