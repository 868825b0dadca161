package com.openplatform.apps.access;

import com.openplatform.apps.application.Application;
import com.openplatform.apps.application.ApplicationRepository;
import com.openplatform.apps.application.ApplicationState;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.IdentityGateway.AppClientState;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One tenant's round of {@link AppClientSync}. */
@Stateless
@PermitAll
public class AppClientRepair {

  @Inject ApplicationRepository apps;
  @Inject IdentityGateway identity;

  /**
   * Brings every app client of the caller's tenant in line with the database (§2.8.2: enabled only
   * while the app is approved); the number of clients changed.
   */
  public int repair() {
    TenantId tenant = TenantContext.tenant();
    List<Application> withClients = apps.withAppId();
    if (withClients.isEmpty()) {
      return 0;
    }
    Map<String, AppClientState> clients =
        identity.appClients(
            tenant, withClients.stream().map(Application::appId).collect(Collectors.toSet()));
    int repaired = 0;
    for (Application app : withClients) {
      boolean approved = app.state() == ApplicationState.APPROVED;
      String allowList = String.join(" ", app.ipAllowList());
      AppClientState client = clients.get(app.appId());
      boolean right =
          client == null
              ? !approved
              : client.enabled() == approved
                  && client.judgedByPlatform()
                  && client.allowList().equals(allowList);
      if (!right) {
        identity.ensureAppClient(tenant, app.appId(), app.name(), approved, app.ipAllowList());
        repaired++;
      }
    }
    return repaired;
  }
}
