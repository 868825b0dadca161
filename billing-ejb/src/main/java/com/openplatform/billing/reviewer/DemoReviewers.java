package com.openplatform.billing.reviewer;

import com.openplatform.billing.Now;
import com.openplatform.core.config.Settings;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.NewUser;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Demo data (with {@code op.demo-data=true} only): one entrusted reviewer organisation (§2.4.2)
 * with one sign-in, {@code org-reviewer@<tenant>.example} and the demo password, so the default run
 * shows an organisation's narrow view of the review queue. Idempotent: the organisation is found by
 * name, the sign-in by its user name.
 */
@Stateless
@PermitAll
public class DemoReviewers {

  static final String NAME = "第三方审核机构（示例）/ Review Agency (sample)";

  @Inject Organisations organisations;
  @Inject IdentityGateway identity;

  public void seed() {
    ReviewerOrganisation organisation =
        organisations
            .byName(NAME)
            .orElseGet(
                () -> {
                  ReviewerOrganisation o =
                      new ReviewerOrganisation(NAME, null, "demo-data", Now.instant());
                  organisations.add(o);
                  return o;
                });
    String email =
        PlatformRole.ORG_REVIEWER.roleName() + "@" + TenantContext.tenant().value() + ".example";
    if (identity.findUserByUsername(TenantContext.tenant(), email).isPresent()) {
      return;
    }
    String password = Settings.get("op.demo-password", "demo-password");
    String userId =
        identity.createUser(
            TenantContext.tenant(),
            NewUser.withEmail(
                email, password.toCharArray(), true, true, Set.of(PlatformRole.ORG_REVIEWER)));
    organisations.add(
        new ReviewerMember(organisation.id(), userId, email, "demo-data", Now.instant()));
  }
}
