package com.openplatform.apps.access;

import com.openplatform.apps.application.AppProblem;
import com.openplatform.apps.application.ApplicationState;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.throttle.Limit;
import com.openplatform.core.throttle.Throttle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * An application exchanges its AppID and AppSecret for an access token (client-credentials
 * semantics). The platform answers from memory whether the app may have one — approved, not offline
 * (§2.8.2), asked from an address on its IP allow-list — and only then lets Keycloak check the
 * secret (as {@link AppSecrets} derives it) and issue the token of the app's confidential client in
 * the tenant's realm. The realm's own token endpoint does not take an AppSecret.
 */
@Stateless
@PermitAll
public class AppTokens {

  /** The longest AppID or AppSecret looked at. */
  public static final int CREDENTIAL_MAX = 100;

  /** Wrong secrets per app and client address; beyond it 429 (secrets are long and random). */
  static final Limit FAILURES = new Limit("app-token-failure", 30, Duration.ofMinutes(10));

  @EJB AccessDecisions access;
  @Inject IdentityGateway identity;
  @Inject Throttle throttle;
  @Inject AppSecrets secrets;

  /** The token response of the realm (JSON, as Keycloak wrote it). */
  public String issue(String appId, String appSecret) {
    if (appId == null
        || appSecret == null
        || appId.isBlank()
        || appSecret.isBlank()
        || appId.length() > CREDENTIAL_MAX
        || appSecret.length() > CREDENTIAL_MAX) {
      throw new ProblemException(AppProblem.BAD_CREDENTIALS);
    }
    AccessDecisions.Standing standing = access.standing(appId);
    if (standing.state() != ApplicationState.APPROVED) {
      throw new ProblemException(AppProblem.BAD_CREDENTIALS);
    }
    String address = TenantContext.caller().clientAddress();
    if (!standing.allowList().allows(address)) {
      throw new ProblemException(AppProblem.ADDRESS_NOT_ALLOWED);
    }
    Optional<String> token =
        identity.clientCredentialsGrant(
            TenantContext.tenant(),
            appId,
            secrets.clientSecret(TenantContext.tenant(), appId, appSecret));
    if (token.isEmpty()) {
      throttle.acquire(FAILURES, appId + " " + address);
      throw new ProblemException(AppProblem.BAD_CREDENTIALS);
    }
    return token.get();
  }
}
