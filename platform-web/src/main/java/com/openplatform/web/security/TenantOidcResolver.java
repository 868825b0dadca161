package com.openplatform.web.security;

import com.openplatform.core.config.Settings;
import com.openplatform.core.identity.ClientSecrets;
import com.openplatform.core.identity.KeycloakSettings;
import com.openplatform.core.identity.PlatformClient;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * One deployment, many tenants: picks the Keycloak realm of a request from its host name ({@code
 * demo.localhost} → realm {@code demo}) and the client from the web module. Under {@code /api/} the
 * configuration is bearer-only (401, never a redirect). Tokens are taken from the Authorization
 * header only (never {@code ?access_token=}), and only when issued to the platform's own clients:
 * their audience must name this web module. A host that names no known tenant gets an unconfigured
 * client, which authenticates nobody.
 */
public class TenantOidcResolver
    implements org.wildfly.security.http.oidc.OidcClientConfigurationResolver {

  private static final OidcClientConfiguration NOBODY = new OidcClientConfiguration();

  /**
   * The web module's configurations (one set per module: this class is loaded by each war), shared
   * by Elytron's resolver instance and the start-up loading of {@link SignInKeys}.
   */
  private static final Map<String, OidcClientConfiguration> cache = new ConcurrentHashMap<>();

  /** Configurations whose discovery document and signing keys are loaded. */
  private static final Map<OidcClientConfiguration, Boolean> warmed = new ConcurrentHashMap<>();

  /** When loading them last failed: requests meanwhile are refused at once, not after a wait. */
  private static final Map<OidcClientConfiguration, Long> failed = new ConcurrentHashMap<>();

  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final TenantHosts hosts = TenantHosts.fromSettings();

  @Override
  public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
    Optional<TenantId> tenant = hosts.tenantOf(request.getHeader("Host"));
    if (tenant.isEmpty() || !TenantDirectory.isKnown(tenant.get())) {
      return NOBODY;
    }
    String path = RequestPaths.pathOf(request.getURI());
    PlatformClient client = PlatformClient.forContextRoot(RequestPaths.contextRoot(path));
    boolean api = RequestPaths.isApi(path);
    OidcClientConfiguration config = configuration(tenant.get(), client, api);
    if (!warm(config)) {
      // Keycloak can't be reached: authenticate nobody at once (not Elytron's own slow retries);
      // the error dispatch answers 503
      Discovery.unreachable(tenant.get().value());
      return NOBODY;
    }
    Discovery.reached();
    return config;
  }

  private static OidcClientConfiguration configuration(
      TenantId tenant, PlatformClient client, boolean api) {
    return cache.computeIfAbsent(
        tenant.value() + "|" + client.clientId() + "|" + api, key -> build(tenant, client, api));
  }

  /**
   * Loads the discovery document and signing keys of every known tenant for this web module (its
   * pages and its API), as {@link SignInKeys} does at start and now and then after: so that
   * signed-in requests are verified from memory from the first one on, also when Keycloak hangs
   * right after a start. The number of tenants whose keys are loaded.
   */
  static int warmAll(String contextRoot) {
    PlatformClient client = PlatformClient.forContextRoot(contextRoot);
    int ready = 0;
    for (TenantId tenant : TenantDirectory.all()) {
      if (warm(configuration(tenant, client, true)) & warm(configuration(tenant, client, false))) {
        ready++;
      }
    }
    return ready;
  }

  /**
   * Loads a configuration's discovery document and signing keys the first time it serves (bounded
   * by the timeouts below), so that tokens are verified from memory afterwards — also while
   * Keycloak is down. False while Keycloak can't be reached: such a request is answered 503.
   */
  private static boolean warm(OidcClientConfiguration config) {
    if (warmed.containsKey(config)) {
      return true;
    }
    synchronized (config) {
      if (warmed.containsKey(config)) {
        return true;
      }
      Long failedAt = failed.get(config);
      if (failedAt != null && System.nanoTime() - failedAt < RETRY_AFTER_FAILURE.toNanos()) {
        return false;
      }
      String jwks = config.getJwksUrl();
      if (jwks == null || !answers(jwks)) {
        failed.put(config, System.nanoTime());
        return false;
      }
      config.getPublicKeyLocator().reset(config);
      warmed.put(config, Boolean.TRUE);
      failed.remove(config);
      return true;
    }
  }

  private static boolean answers(String url) {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(4)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static OidcClientConfiguration build(
      TenantId tenant, PlatformClient client, boolean api) {
    OidcJsonConfiguration json = new OidcJsonConfiguration();
    json.setProviderUrl(KeycloakSettings.fromSettings().issuer(tenant));
    json.setClientId(client.clientId());
    json.setCredentials(Map.of("secret", ClientSecrets.of(tenant, client)));
    json.setBearerOnly(api);
    json.setSslRequired(Settings.get("op.oidc.ssl-required", "external"));
    // tokens only in the Authorization header: a token in a URL ends up in logs and histories
    json.setIgnoreOAuthQueryParameter(true);
    // only tokens issued to the platform's own clients (their aud names this module)
    json.setVerifyTokenAudience(true);
    // bounded calls to Keycloak (discovery, keys, code exchange); keys refreshed after rotation
    json.setConnectionTimeoutMillis(3000);
    json.setSocketTimeoutMillis(4000);
    json.setConnectionTtlMillis(60_000);
    json.setConnectionPoolSize(20);
    json.setMinTimeBetweenJwksRequests(10);
    json.setPublicKeyCacheTtl(3600);
    return OidcClientConfigurationBuilder.build(json);
  }
}
