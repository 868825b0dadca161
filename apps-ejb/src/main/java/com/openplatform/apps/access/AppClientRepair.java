package com.openplatform.apps.access;

import com.openplatform.accounts.api.Developers;
import com.openplatform.apps.application.Application;
import com.openplatform.apps.application.ApplicationRepository;
import com.openplatform.apps.application.ApplicationState;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.IdentityGateway.AppClientState;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One tenant's round of {@link AppClientSync}. The round compares without locks (one admin call for
 * all clients), then repairs each client that differs under its application's row lock, reading
 * both sides again: every operation that writes an app's client holds that lock while it does, so
 * the round waits for it and never writes state older than the database's.
 */
@Stateless
@PermitAll
public class AppClientRepair {

  @Inject ApplicationRepository apps;
  @Inject IdentityGateway identity;
  @EJB Developers developers;
  @Resource SessionContext context;

  /**
   * Brings every app client of the caller's tenant in line with the database (§2.8.2: enabled only
   * while the app is approved); the number of clients changed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int repair() {
    AppClientRepair self = context.getBusinessObject(AppClientRepair.class);
    List<String> differing = self.differing();
    int repaired = 0;
    for (String id : differing) {
      if (self.repairLocked(id)) {
        repaired++;
      }
    }
    return repaired;
  }

  /** The ids of applications whose client differs from them, as read without locks. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> differing() {
    List<Application> withClients = apps.withAppId();
    if (withClients.isEmpty()) {
      return List.of();
    }
    Map<String, AppClientState> clients =
        identity.appClients(
            TenantContext.tenant(),
            withClients.stream().map(Application::appId).collect(Collectors.toSet()));
    Map<String, Boolean> serving = new java.util.HashMap<>();
    return withClients.stream()
        .filter(
            app ->
                !matches(
                    app,
                    serving.computeIfAbsent(app.developerId(), developers::appsServe),
                    clients.get(app.appId())))
        .map(Application::id)
        .toList();
  }

  /**
   * Repairs one application's client under its row lock, from what the database and Keycloak hold
   * once the lock is ours; whether it wrote anything.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean repairLocked(String applicationId) {
    Application app = apps.findLocked(applicationId).orElse(null);
    if (app == null || app.appId() == null) {
      return false;
    }
    TenantId tenant = TenantContext.tenant();
    boolean serves = developers.appsServe(app.developerId());
    AppClientState client = identity.appClients(tenant, Set.of(app.appId())).get(app.appId());
    if (matches(app, serves, client)) {
      return false;
    }
    identity.ensureAppClient(
        tenant,
        app.appId(),
        app.name(),
        app.state() == ApplicationState.APPROVED && serves,
        app.ipAllowList());
    return true;
  }

  /**
   * §2.8.2, §2.1.3, §5.4: a client is right when it is enabled exactly while the app is approved
   * and its developer's applications may serve users, with the app's allow-list.
   */
  static boolean matches(Application app, boolean developerServes, AppClientState client) {
    boolean enabled = app.state() == ApplicationState.APPROVED && developerServes;
    return client == null
        ? !enabled
        : client.enabled() == enabled
            && client.judgedByPlatform()
            && client.allowList().equals(String.join(" ", app.ipAllowList()));
  }
}
