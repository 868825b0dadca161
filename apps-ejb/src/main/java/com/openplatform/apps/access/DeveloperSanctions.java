package com.openplatform.apps.access;

import com.openplatform.accounts.api.DeveloperStandingChanged;
import com.openplatform.apps.application.Application;
import com.openplatform.apps.application.ApplicationRepository;
import com.openplatform.apps.application.ApplicationState;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * §2.1.3, §5.4, §2.8.2: a sanction of a developer account reaches every application of it at once.
 * When staff suspend, terminate or ban the account, each application's client in the realm is
 * disabled (the token endpoint refuses it) and its cached access decision dropped (the runtime is
 * refused, reason {@code developer-sanctioned}); when a reversible sanction is lifted, exactly the
 * applications that are approved serve again — their own state never changed. Runs in the
 * sanction's transaction, each application under its row lock; should Keycloak fail, the sanction
 * fails with it (503), and {@link AppClientSync} repairs what a later failure leaves.
 */
@ApplicationScoped
public class DeveloperSanctions {

  @Inject ApplicationRepository apps;
  @Inject IdentityGateway identity;
  @EJB AccessDecisions access;

  void onStandingChanged(@Observes DeveloperStandingChanged change) {
    for (Application found : apps.withAppIdOf(change.accountId())) {
      Application app = apps.findLocked(found.id()).orElse(found);
      identity.ensureAppClient(
          TenantContext.tenant(),
          app.appId(),
          app.name(),
          app.state() == ApplicationState.APPROVED && change.appsServe(),
          app.ipAllowList());
      access.changed(app.appId());
    }
  }
}
