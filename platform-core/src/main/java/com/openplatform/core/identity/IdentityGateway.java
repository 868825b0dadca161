package com.openplatform.core.identity;

import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * The platform's only way to Keycloak: one realm per tenant, its roles, clients and policies, and
 * the users of developers and staff. Everything here goes through {@code keycloak-admin-client},
 * with bounded connect, read and pool-checkout times; a Keycloak that does not answer becomes an
 * {@link IdentityException} with status 0 within {@link #READ_TIMEOUT_SECONDS} seconds.
 */
@ApplicationScoped
public class IdentityGateway {

  /** The user-profile attribute of a QQ number (§2.1.1), declared in every realm. */
  public static final String QQ_ATTRIBUTE = "qqNumber";

  /**
   * The developer account a user was created for by a registration's confirmation (§2.1.1): only
   * such a user may be completed by a later attempt of that account's confirmation. Seen and
   * written by administrators only.
   */
  public static final String REGISTRATION_ATTRIBUTE = "registeredAccount";

  /**
   * Profile fields Keycloak would otherwise demand at sign-in: names (never asked), and the email,
   * which a QQ account links later through the platform (§2.1.1).
   */
  private static final Set<String> RELAXED = Set.of("firstName", "lastName", "email");

  /**
   * §2.1.1: the registered email is the account's permanent identity, and the user name is the
   * email or the QQ number; users see them but only the platform (an admin) changes them.
   */
  private static final Set<String> PERMANENT = Set.of("email", "username");

  /** Access tokens live briefly: disabling a user does not revoke tokens already issued. */
  static final int ACCESS_TOKEN_SECONDS = 300;

  static final int CONNECT_TIMEOUT_SECONDS = 3;
  static final int READ_TIMEOUT_SECONDS = 4;

  /** Provisioning a realm is slow work for Keycloak: it may take this long, at start only. */
  static final int PROVISIONING_READ_TIMEOUT_SECONDS = 60;

  private final KeycloakSettings settings = KeycloakSettings.fromSettings();
  private volatile Keycloak admin;
  private volatile Keycloak provisioning;

  /** The admin client of the request path: every call bounded to a few seconds. */
  private Keycloak admin() {
    Keycloak current = admin;
    if (current == null) {
      synchronized (this) {
        if (admin == null) {
          admin = connect(READ_TIMEOUT_SECONDS);
        }
        current = admin;
      }
    }
    return current;
  }

  /** The admin client of realm provisioning (start-up, new tenants): longer reads. */
  private Keycloak provisioning() {
    Keycloak current = provisioning;
    if (current == null) {
      synchronized (this) {
        if (provisioning == null) {
          provisioning = connect(PROVISIONING_READ_TIMEOUT_SECONDS);
        }
        current = provisioning;
      }
    }
    return current;
  }

  private Keycloak connect(int readTimeoutSeconds) {
    return KeycloakBuilder.builder()
        .serverUrl(settings.url())
        .realm("master")
        .clientId("admin-cli")
        .username(settings.adminUser())
        .password(settings.adminPassword())
        .resteasyClient(
            ((ResteasyClientBuilder) ClientBuilder.newBuilder())
                .connectionPoolSize(20)
                .maxPooledPerRoute(20)
                .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
                .connectionCheckoutTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build()
                // the admin client's own JSON settings (no nulls sent: a partial update
                // must not clear fields)
                .register(JacksonProvider.class, 100))
        .build();
  }

  @PreDestroy
  void close() {
    if (admin != null) {
      admin.close();
    }
    if (provisioning != null) {
      provisioning.close();
    }
  }

  /** Runs a call to Keycloak; an unreachable or hung Keycloak becomes status 0. */
  private static <T> T call(String what, Supplier<T> work) {
    try {
      return work.get();
    } catch (ProcessingException e) {
      throw new IdentityException(what + ": Keycloak unreachable", e);
    } catch (WebApplicationException e) {
      throw new IdentityException(what + ": " + e.getMessage(), e.getResponse().getStatus());
    }
  }

  private static void run(String what, Runnable work) {
    call(
        what,
        () -> {
          work.run();
          return null;
        });
  }

  public boolean realmExists(TenantId tenant) {
    return call(
        "find realm",
        () ->
            provisioning().realms().findAll().stream()
                .anyMatch(r -> tenant.value().equals(r.getRealm())));
  }

  /**
   * Creates the tenant's realm with the platform's roles and clients if it does not exist yet, and
   * (also for a realm of an earlier version) applies the platform's policies: {@link
   * #applyPolicies}.
   *
   * @return true when the realm was created now
   */
  public boolean ensureRealm(TenantId tenant, String displayName, TenantHosts hosts) {
    boolean created = false;
    if (!realmExists(tenant)) {
      created = createRealm(tenant, displayName, hosts);
    }
    applyPolicies(tenant);
    ensureUserProfile(tenant);
    return created;
  }

  private boolean createRealm(TenantId tenant, String displayName, TenantHosts hosts) {
    RealmRepresentation realm = new RealmRepresentation();
    realm.setRealm(tenant.value());
    realm.setDisplayName(displayName);
    realm.setEnabled(true);
    realm.setAccessTokenLifespan(ACCESS_TOKEN_SECONDS);
    realm.setRegistrationAllowed(false);
    realm.setLoginWithEmailAllowed(true);
    realm.setDuplicateEmailsAllowed(false);
    realm.setInternationalizationEnabled(true);
    realm.setSupportedLocales(Set.of("en", "zh-CN"));
    realm.setDefaultLocale("en");
    RolesRepresentation roles = new RolesRepresentation();
    List<RoleRepresentation> realmRoles = new ArrayList<>();
    for (PlatformRole role : PlatformRole.values()) {
      realmRoles.add(new RoleRepresentation(role.roleName(), role.description(), false));
    }
    roles.setRealm(realmRoles);
    realm.setRoles(roles);
    String base = hosts.baseUrl(tenant);
    realm.setClients(
        Arrays.stream(PlatformClient.values()).map(c -> client(tenant, c, base)).toList());
    try {
      provisioning().realms().create(realm);
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 409) {
        return false;
      }
      throw new IdentityException("realm " + tenant + " not created", e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw new IdentityException("realm " + tenant + " not created: Keycloak unreachable", e);
    }
    return true;
  }

  /**
   * The platform's rules for every realm, applied at each start so realms of earlier versions catch
   * up: the password policy ({@link PasswordRules}); brute-force detection (temporary lockouts that
   * grow with repeated failures, so an attacker can't guess passwords nor lock an owner out for
   * good); user names that can't be edited (§2.1.1); and audiences on the platform's clients, so
   * the API accepts only tokens issued to the platform's own clients.
   */
  public void applyPolicies(TenantId tenant) {
    RealmRepresentation policy = new RealmRepresentation();
    policy.setPasswordPolicy(PasswordRules.KEYCLOAK_POLICY);
    // the platform's sign-in pages (keycloak-theme/): the tenant's name, the portal's look
    policy.setLoginTheme(
        com.openplatform.core.config.Settings.get("op.keycloak.login-theme", "openplatform"));
    policy.setEditUsernameAllowed(false);
    policy.setBruteForceProtected(true);
    policy.setPermanentLockout(false);
    policy.setFailureFactor(5);
    policy.setWaitIncrementSeconds(60);
    policy.setMaxFailureWaitSeconds(900);
    policy.setMaxDeltaTimeSeconds(43_200);
    // The quick-login check is off (no window, no wait). Keycloak 26.5 records a failure in a
    // background job with the failure's time taken before the job runs; a job run twice (a retried
    // transaction under load) sees its own earlier record with a delta of 0 ms, which is "quick"
    // for any window above 0, and locked the user for a minute after ONE wrong password (seen in
    // the suite: invalid_user_credentials, 74 ms later user_temporarily_disabled for the right
    // password). Anyone could then lock an owner out with one attempt a minute. The failure count
    // above still slows guessing.
    policy.setQuickLoginCheckMilliSeconds(0L);
    policy.setMinimumQuickLoginWaitSeconds(0);
    RealmResource realm = provisioning().realm(tenant.value());
    ensureClientFlow(realm);
    policy.setClientAuthenticationFlow(CLIENT_FLOW);
    run("realm policies", () -> realm.update(policy));
    for (PlatformClient client : PlatformClient.values()) {
      ensureAudiences(realm, client);
    }
    // roles added since the realm was made (e.g. runtime) reach existing realms too
    run(
        "realm roles",
        () -> {
          Set<String> present =
              realm.roles().list().stream()
                  .map(RoleRepresentation::getName)
                  .collect(java.util.stream.Collectors.toSet());
          for (PlatformRole role : PlatformRole.values()) {
            if (!present.contains(role.roleName())) {
              realm
                  .roles()
                  .create(new RoleRepresentation(role.roleName(), role.description(), false));
            }
          }
        });
  }

  /**
   * Tokens of a web module's client name that module ({@code aud}); tokens of the API client name
   * every web module. The web modules verify the audience, so a token issued to any other client of
   * the realm (Keycloak's account console, an application's own client) is refused.
   */
  private static void ensureAudiences(RealmResource realm, PlatformClient client) {
    List<ClientRepresentation> found =
        call("find client", () -> realm.clients().findByClientId(client.clientId()));
    if (found.isEmpty()) {
      return;
    }
    ClientResource resource = realm.clients().get(found.get(0).getId());
    Set<String> present =
        call("client mappers", () -> resource.getProtocolMappers().getMappers()).stream()
            .map(ProtocolMapperRepresentation::getName)
            .collect(java.util.stream.Collectors.toSet());
    for (PlatformClient audience : client.audiences()) {
      String name = "audience-" + audience.clientId();
      if (present.contains(name)) {
        continue;
      }
      ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
      mapper.setName(name);
      mapper.setProtocol("openid-connect");
      mapper.setProtocolMapper("oidc-audience-mapper");
      mapper.setConfig(
          Map.of(
              "included.client.audience", audience.clientId(),
              "access.token.claim", "true",
              "id.token.claim", "false",
              "introspection.token.claim", "true"));
      run(
          "audience mapper",
          () -> {
            try (Response r = resource.getProtocolMappers().createMapper(mapper)) {
              if (r.getStatus() != 201 && r.getStatus() != 409) {
                throw new IdentityException("audience mapper not created", r.getStatus());
              }
            }
          });
    }
  }

  private static ClientRepresentation client(TenantId tenant, PlatformClient c, String base) {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(c.clientId());
    client.setEnabled(true);
    client.setProtocol("openid-connect");
    if (c.confidential()) {
      client.setPublicClient(false);
      client.setSecret(ClientSecrets.of(tenant, c));
      client.setStandardFlowEnabled(true);
      client.setDirectAccessGrantsEnabled(false);
      client.setRootUrl(base);
      client.setRedirectUris(List.of(base + c.contextRoot() + "/*"));
      client.setWebOrigins(List.of("+"));
      client.setAttributes(Map.of("post.logout.redirect.uris", base + "/*"));
    } else {
      client.setPublicClient(true);
      client.setStandardFlowEnabled(false);
      client.setDirectAccessGrantsEnabled(true);
    }
    return client;
  }

  /**
   * Developers register through the platform, not Keycloak's forms: no profile field is required;
   * the QQ number of a QQ account is a declared attribute (Keycloak drops undeclared ones); email
   * and user name are editable by the platform only (§2.1.1), so neither the account console nor
   * the account API can change them. Idempotent, so realms of earlier versions catch up at start.
   */
  public void ensureUserProfile(TenantId tenant) {
    RealmResource realm = provisioning().realm(tenant.value());
    UPConfig profile = call("user profile", () -> realm.users().userProfile().getConfiguration());
    boolean changed = false;
    for (UPAttribute attribute : profile.getAttributes()) {
      if (RELAXED.contains(attribute.getName()) && attribute.getRequired() != null) {
        attribute.setRequired(null);
        changed = true;
      }
      if (PERMANENT.contains(attribute.getName())) {
        UPAttributePermissions permissions = attribute.getPermissions();
        boolean adminOnly =
            permissions != null
                && permissions.getEdit() != null
                && permissions.getEdit().equals(Set.of("admin"));
        if (!adminOnly) {
          attribute.setPermissions(
              new UPAttributePermissions(Set.of("admin", "user"), Set.of("admin")));
          changed = true;
        }
      }
    }
    if (profile.getAttribute(REGISTRATION_ATTRIBUTE) == null) {
      profile.addOrReplaceAttribute(
          new UPAttribute(
              REGISTRATION_ATTRIBUTE,
              new UPAttributePermissions(Set.of("admin"), Set.of("admin"))));
      changed = true;
    }
    if (profile.getAttribute(QQ_ATTRIBUTE) == null) {
      profile.addOrReplaceAttribute(
          new UPAttribute(
              QQ_ATTRIBUTE, new UPAttributePermissions(Set.of("admin", "user"), Set.of("admin"))));
      changed = true;
    }
    if (changed) {
      run("user profile", () -> realm.users().userProfile().update(profile));
    }
  }

  /** Sets the verified email of a user registered with a QQ number (§2.1.1). */
  public void linkEmail(TenantId tenant, String userId, String email) {
    run(
        "link email",
        () -> {
          UserResource user = admin().realm(tenant.value()).users().get(userId);
          UserRepresentation rep = user.toRepresentation();
          rep.setEmail(email);
          rep.setEmailVerified(true);
          user.update(rep);
        });
  }

  /**
   * Creates a user in the tenant's realm and grants its roles.
   *
   * @return the user's id (the {@code sub} of its tokens)
   * @throws IdentityException with {@link IdentityException#conflict()} when the name is taken
   */
  public String createUser(TenantId tenant, NewUser user) {
    return createUser(tenant, user, Map.of());
  }

  private String createUser(TenantId tenant, NewUser user, Map<String, List<String>> attributes) {
    UserRepresentation rep = new UserRepresentation();
    rep.setUsername(user.username());
    rep.setEmail(user.email());
    Map<String, List<String>> all = new java.util.HashMap<>(attributes);
    if (user.qqNumber() != null) {
      all.put(QQ_ATTRIBUTE, List.of(user.qqNumber()));
    }
    if (!all.isEmpty()) {
      rep.setAttributes(all);
    }
    rep.setEmailVerified(user.emailVerified());
    rep.setEnabled(user.enabled());
    rep.setCredentials(List.of(user.credential()));
    if (user.passwordTemporary()) {
      rep.setRequiredActions(List.of("UPDATE_PASSWORD"));
    }
    return create(tenant, rep, user.roles());
  }

  private String create(TenantId tenant, UserRepresentation rep, Set<PlatformRole> roles) {
    RealmResource realm = admin().realm(tenant.value());
    String id =
        call(
            "create user",
            () -> {
              try (Response response = realm.users().create(rep)) {
                if (response.getStatus() == 409) {
                  throw new IdentityException("user exists: " + rep.getUsername(), 409);
                }
                if (response.getStatus() == 400) {
                  throw new IdentityException(
                      "user refused: " + response.readEntity(String.class), 400);
                }
                if (response.getStatus() != 201) {
                  throw new IdentityException("user not created", response.getStatus());
                }
                return CreatedResponseUtil.getCreatedId(response);
              }
            });
    grant(realm, id, roles);
    return id;
  }

  private static void grant(RealmResource realm, String userId, Set<PlatformRole> roles) {
    if (roles.isEmpty()) {
      return;
    }
    run(
        "grant roles",
        () -> {
          List<RoleRepresentation> grants =
              roles.stream().map(r -> realm.roles().get(r.roleName()).toRepresentation()).toList();
          realm.users().get(userId).roles().realmLevel().add(grants);
        });
  }

  /**
   * The user that signs in with this email address for the developer account {@code accountId}:
   * created enabled with the password and marked with the account ({@link
   * #REGISTRATION_ATTRIBUTE}), or — when an earlier attempt of this account's confirmation created
   * it already — given the password. Safe to repeat, so a confirmation that failed half-way (user
   * created, account not recorded) completes on retry.
   *
   * <p>§2.1.1: a registration never changes, enables or adds roles to an identity the platform did
   * not create for that account: an existing sign-in of the address without this account's mark (a
   * staff member's, an organisation reviewer's, one made by hand in Keycloak) or one disabled since
   * (locked) is refused with {@link IdentityException#conflict()}, and nothing is written.
   *
   * @return the user's id
   */
  public String activateWithPassword(
      TenantId tenant, String email, char[] password, Set<PlatformRole> roles, String accountId) {
    Map<String, List<String>> mark = Map.of(REGISTRATION_ATTRIBUTE, List.of(accountId));
    Optional<String> existing = findUserByUsername(tenant, email);
    if (existing.isEmpty()) {
      try {
        return createUser(tenant, NewUser.withEmail(email, password, true, true, roles), mark);
      } catch (IdentityException e) {
        if (!e.conflict()) {
          throw e;
        }
        existing = findUserByUsername(tenant, email);
        if (existing.isEmpty()) {
          throw e;
        }
      }
    }
    String id = existing.get();
    RealmResource realm = admin().realm(tenant.value());
    UserRepresentation found = call("read user", () -> realm.users().get(id).toRepresentation());
    List<String> marked =
        found.getAttributes() == null ? null : found.getAttributes().get(REGISTRATION_ATTRIBUTE);
    if (marked == null
        || !marked.equals(List.of(accountId))
        || !Boolean.TRUE.equals(found.isEnabled())) {
      throw new IdentityException("the address signs in as another identity", 409);
    }
    resetPassword(tenant, id, password);
    found.setEmailVerified(true);
    run("verify email", () -> realm.users().get(id).update(found));
    grant(realm, id, roles);
    return id;
  }

  /** Sets a user's password; Keycloak applies the realm's password policy. */
  public void resetPassword(TenantId tenant, String userId, char[] password) {
    CredentialRepresentation credential = NewUser.passwordCredential(password);
    run(
        "reset password",
        () -> admin().realm(tenant.value()).users().get(userId).resetPassword(credential));
  }

  /** The id of the user with exactly this user name (an email or a QQ number). */
  public Optional<String> findUserByUsername(TenantId tenant, String username) {
    return call(
        "find user",
        () ->
            admin().realm(tenant.value()).users().search(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername()))
                .map(UserRepresentation::getId)
                .findFirst());
  }

  /** The id of the user with exactly this email. */
  public Optional<String> findUserId(TenantId tenant, String email) {
    return call(
        "find user",
        () ->
            admin().realm(tenant.value()).users().searchByEmail(email, true).stream()
                .map(UserRepresentation::getId)
                .findFirst());
  }

  /** Removes a user the platform created but could not record (compensation). */
  public void deleteUser(TenantId tenant, String userId) {
    try (Response ignored = admin().realm(tenant.value()).users().delete(userId)) {
      // status ignored: the user is gone either way
    } catch (NotFoundException e) {
      // already gone
    } catch (ProcessingException e) {
      throw new IdentityException("delete user: Keycloak unreachable", e);
    }
  }

  /** Disables a user and revokes every session (sign-in is refused from now on). */
  public void lockUser(TenantId tenant, String userId) {
    run(
        "lock user",
        () -> {
          UserResource user = admin().realm(tenant.value()).users().get(userId);
          UserRepresentation rep = user.toRepresentation();
          rep.setEnabled(false);
          user.update(rep);
          user.logout();
        });
  }

  /** Lets a user sign in again (reinstatement). */
  public void activateUser(TenantId tenant, String userId) {
    run(
        "activate user",
        () -> {
          UserResource user = admin().realm(tenant.value()).users().get(userId);
          UserRepresentation rep = user.toRepresentation();
          rep.setEnabled(true);
          user.update(rep);
        });
  }

  /**
   * The authenticator of applications' clients: keycloak-provider's {@code
   * AppCredentialAuthenticator}, which holds a token request against the attributes below.
   */
  static final String APP_AUTHENTICATOR = "op-app-credential";

  /** The client attribute with the AppSecret's digest (SHA-256, base64url, no padding). */
  static final String APP_SECRET_ATTRIBUTE = "op.app-secret-sha256";

  /** The client attribute with the IP allow-list (canonical entries separated by spaces). */
  static final String APP_ALLOW_LIST_ATTRIBUTE = "op.ip-allow-list";

  /**
   * Makes sure an application's confidential client exists in the tenant's realm (client
   * credentials only: no browser sign-in, no direct grants), enabled or not, judged by the
   * platform's authenticator with this IP allow-list. Idempotent by client id.
   */
  public void ensureAppClient(
      TenantId tenant, String clientId, String name, boolean enabled, List<String> allowList) {
    run(
        "ensure app client",
        () -> {
          var clients = admin().realm(tenant.value()).clients();
          var found = clients.findByClientId(clientId);
          if (found.isEmpty()) {
            ClientRepresentation rep = new ClientRepresentation();
            rep.setClientId(clientId);
            rep.setName(name);
            rep.setProtocol("openid-connect");
            rep.setPublicClient(false);
            rep.setClientAuthenticatorType(APP_AUTHENTICATOR);
            rep.setServiceAccountsEnabled(true);
            rep.setStandardFlowEnabled(false);
            rep.setImplicitFlowEnabled(false);
            rep.setDirectAccessGrantsEnabled(false);
            rep.setEnabled(enabled);
            rep.setAttributes(Map.of(APP_ALLOW_LIST_ATTRIBUTE, String.join(" ", allowList)));
            try (Response created = clients.create(rep)) {
              if (created.getStatus() != 201 && created.getStatus() != 409) {
                throw new IdentityException("create app client", created.getStatus());
              }
            }
          } else {
            // only what the platform decides: other fields and attributes stay as they are
            ClientRepresentation change = new ClientRepresentation();
            change.setEnabled(enabled);
            change.setClientAuthenticatorType(APP_AUTHENTICATOR);
            change.setAttributes(Map.of(APP_ALLOW_LIST_ATTRIBUTE, String.join(" ", allowList)));
            clients.get(found.get(0).getId()).update(change);
          }
        });
  }

  /** What an application's client in the realm carries, as far as the platform decides it. */
  public record AppClientState(boolean enabled, boolean judgedByPlatform, String allowList) {}

  /**
   * The realm's clients of these client ids (applications' AppIDs) and what they carry, in one
   * call: for the platform's periodic comparison with its database (one client id: that client's
   * search only).
   */
  public Map<String, AppClientState> appClients(TenantId tenant, Set<String> clientIds) {
    return call(
        "app clients",
        () -> {
          Map<String, AppClientState> found = new java.util.HashMap<>();
          var clients = admin().realm(tenant.value()).clients();
          List<ClientRepresentation> candidates =
              clientIds.size() == 1
                  ? clients.findByClientId(clientIds.iterator().next())
                  : clients.findAll();
          for (ClientRepresentation c : candidates) {
            if (clientIds.contains(c.getClientId())) {
              Map<String, String> attributes =
                  c.getAttributes() == null ? Map.of() : c.getAttributes();
              found.put(
                  c.getClientId(),
                  new AppClientState(
                      Boolean.TRUE.equals(c.isEnabled()),
                      APP_AUTHENTICATOR.equals(c.getClientAuthenticatorType()),
                      attributes.getOrDefault(APP_ALLOW_LIST_ATTRIBUTE, "")));
            }
          }
          return found;
        });
  }

  /**
   * Sets the digest of an application's AppSecret; the previous secret stops working at once. The
   * caller shows the secret once and stores neither it nor the digest.
   */
  public void setAppSecretDigest(TenantId tenant, String clientId, String digest) {
    updateAppClient(tenant, clientId, APP_SECRET_ATTRIBUTE, digest);
  }

  /** Sets an application's IP allow-list; the next token request is held against it. */
  public void setAppAllowList(TenantId tenant, String clientId, List<String> allowList) {
    updateAppClient(tenant, clientId, APP_ALLOW_LIST_ATTRIBUTE, String.join(" ", allowList));
  }

  private void updateAppClient(TenantId tenant, String clientId, String attribute, String value) {
    run(
        "update app client",
        () -> {
          var clients = admin().realm(tenant.value()).clients();
          var found = clients.findByClientId(clientId);
          if (found.isEmpty()) {
            throw new IdentityException("update app client: no client " + clientId, 404);
          }
          // one attribute (and the authenticator): a concurrent change of another stays
          ClientRepresentation change = new ClientRepresentation();
          change.setClientAuthenticatorType(APP_AUTHENTICATOR);
          change.setAttributes(Map.of(attribute, value));
          clients.get(found.get(0).getId()).update(change);
        });
  }

  /**
   * The realm's token endpoint, where an application exchanges its AppID and AppSecret for an
   * access token (client credentials).
   */
  public String tokenEndpoint(TenantId tenant) {
    return settings.url() + "/realms/" + tenant.value() + "/protocol/openid-connect/token";
  }

  /** The realm's client authentication flow: Keycloak's built-in "clients" and the apps' one. */
  static final String CLIENT_FLOW = "op-clients";

  /** Where the applications' authenticator stands among the flow's executions (0: first). */
  private static int place(
      List<org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation> executions) {
    for (int i = 0; i < executions.size(); i++) {
      if (APP_AUTHENTICATOR.equals(executions.get(i).getProviderId())) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Makes the realm's client authentication flow {@value #CLIENT_FLOW}: a copy of Keycloak's
   * built-in {@code clients} flow (which cannot be changed) with the applications' authenticator as
   * one more alternative. Once per realm; existing realms get it at the next start. The caller then
   * names it the realm's client authentication flow.
   */
  private void ensureClientFlow(RealmResource realm) {
    run(
        "client authentication flow",
        () -> {
          var flows = realm.flows();
          if (flows.getFlows().stream().noneMatch(f -> CLIENT_FLOW.equals(f.getAlias()))) {
            try (Response copied =
                flows.copy("clients", Map.<String, Object>of("newName", CLIENT_FLOW))) {
              if (copied.getStatus() != 201 && copied.getStatus() != 409) {
                throw new IdentityException("copy client flow", copied.getStatus());
              }
            }
          }
          var ours =
              flows.getExecutions(CLIENT_FLOW).stream()
                  .filter(e -> APP_AUTHENTICATOR.equals(e.getProviderId()))
                  .findFirst();
          if (ours.isEmpty()) {
            flows.addExecution(CLIENT_FLOW, Map.<String, Object>of("provider", APP_AUTHENTICATOR));
            ours =
                flows.getExecutions(CLIENT_FLOW).stream()
                    .filter(e -> APP_AUTHENTICATOR.equals(e.getProviderId()))
                    .findFirst();
          }
          var execution = ours.orElseThrow(() -> new IdentityException("app authenticator", 500));
          if (!"ALTERNATIVE".equals(execution.getRequirement())) {
            execution.setRequirement("ALTERNATIVE");
            flows.updateExecutions(CLIENT_FLOW, execution);
          }
          // first: an app's request is then judged once, not after Keycloak's own authenticators
          // have tried and failed; for any other client it is one look at the client's type
          for (int place = place(flows.getExecutions(CLIENT_FLOW)); place > 0; place--) {
            flows.raisePriority(execution.getId());
          }
        });
  }
}
