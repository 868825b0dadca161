package com.openplatform.keycloak;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.Config;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.ClientAuthenticationFlowContext;
import org.keycloak.authentication.ClientAuthenticator;
import org.keycloak.authentication.ClientAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * An application's client authentication at the realm's own token endpoint (client credentials, RFC
 * 6749 §4.4): its AppID as {@code client_id}, its AppSecret as {@code client_secret} (form or HTTP
 * Basic). The token is Keycloak's; this decides whether the app may have one, so that the rules
 * hold on Keycloak's path itself and no relay stands between the app and its token:
 *
 * <ul>
 *   <li>§2.8.2: the client is enabled only while the application is approved and not offline (the
 *       platform keeps that flag; a disabled client is refused here before the secret is looked
 *       at);
 *   <li>the AppSecret matches the digest the platform wrote ({@link AppCredential}); a reset
 *       overwrites it, so the old one stops working at once;
 *   <li>the request comes from an address on the app's IP allow-list.
 * </ul>
 *
 * Only clients whose authenticator type is {@value #ID} are judged here; the realm's other clients
 * keep theirs. Registered in the realm's client authentication flow by the platform.
 */
public final class AppCredentialAuthenticator
    implements ClientAuthenticator, ClientAuthenticatorFactory {

  /** The provider id, also the app clients' {@code clientAuthenticatorType}. */
  public static final String ID = "op-app-credential";

  private static final AuthenticationExecutionModel.Requirement[] CHOICES = {
    AuthenticationExecutionModel.Requirement.ALTERNATIVE,
    AuthenticationExecutionModel.Requirement.DISABLED
  };

  @Override
  public void authenticateClient(ClientAuthenticationFlowContext context) {
    String[] presented = presented(context);
    if (presented == null) {
      return; // no client_id: another authenticator of the flow answers
    }
    String clientId = presented[0];
    ClientModel client =
        context.getSession().clients().getClientByClientId(context.getRealm(), clientId);
    if (client == null || !ID.equals(client.getClientAuthenticatorType())) {
      return; // not an application's client: its own authenticator judges it
    }
    context.getEvent().client(clientId);
    context.setClient(client);
    if (!client.isEnabled()) {
      context.failure(AuthenticationFlowError.CLIENT_DISABLED, refusal(401, "invalid_client"));
      return;
    }
    if (!AppCredential.secretMatches(
        client.getAttribute(AppCredential.SECRET_ATTRIBUTE), presented[1])) {
      context.failure(
          AuthenticationFlowError.INVALID_CLIENT_CREDENTIALS, refusal(401, "invalid_client"));
      return;
    }
    String address = context.getConnection().getRemoteAddr();
    if (!AppCredential.addressAllowed(
        client.getAttribute(AppCredential.ALLOW_LIST_ATTRIBUTE), address)) {
      context.getEvent().detail("op_refused_address", address);
      context.failure(
          AuthenticationFlowError.ACCESS_DENIED,
          error(
              403,
              "unauthorized_client",
              "This address is not on the application's IP allow-list"));
      return;
    }
    context.success();
  }

  /** AppID and AppSecret from HTTP Basic (RFC 6749 §2.3.1) or the form; null without an id. */
  private static String[] presented(ClientAuthenticationFlowContext context) {
    String id = null;
    String secret = null;
    String authorization =
        context
            .getHttpRequest()
            .getHttpHeaders()
            .getRequestHeaders()
            .getFirst(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon > 0) {
          id = formDecode(pair.substring(0, colon));
          secret = formDecode(pair.substring(colon + 1));
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    MediaType type = context.getHttpRequest().getHttpHeaders().getMediaType();
    if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
      MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
      if (form.containsKey("client_id")) {
        id = form.getFirst("client_id");
      }
      if (form.containsKey("client_secret")) {
        secret = form.getFirst("client_secret");
      }
    }
    return id == null || id.isEmpty() ? null : new String[] {id, secret};
  }

  private static String formDecode(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static Response refusal(int status, String code) {
    return error(status, code, "Invalid client or Invalid client credentials");
  }

  private static Response error(int status, String code, String description) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        // fixed texts of this class, nothing of the request: no escaping needed
        .entity("{\"error\":\"" + code + "\",\"error_description\":\"" + description + "\"}")
        .build();
  }

  // --- factory ---

  @Override
  public ClientAuthenticator create() {
    return this;
  }

  @Override
  public ClientAuthenticator create(KeycloakSession session) {
    return this;
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Open Platform AppID and AppSecret";
  }

  @Override
  public String getReferenceCategory() {
    return null;
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
    return CHOICES;
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public String getHelpText() {
    return "An Open Platform application: AppSecret digest, enabled only while approved, IP allow-list";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public List<ProviderConfigProperty> getConfigPropertiesPerClient() {
    return List.of();
  }

  @Override
  public Map<String, Object> getAdapterConfiguration(ClientModel client) {
    return Map.of();
  }

  @Override
  public Set<String> getProtocolAuthenticatorMethods(String loginProtocol) {
    return "openid-connect".equals(loginProtocol)
        ? Set.of("client_secret_basic", "client_secret_post")
        : Set.of();
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
