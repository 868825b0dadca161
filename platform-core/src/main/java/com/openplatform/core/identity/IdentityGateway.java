package com.openplatform.core.identity;

import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * The platform's only way to Keycloak: one realm per tenant, its roles and clients, and the users
 * of developers and staff. Everything here goes through {@code keycloak-admin-client}.
 */
@ApplicationScoped
public class IdentityGateway {

  /** The user-profile attribute of a QQ number (§2.1.1), declared in every realm. */
  public static final String QQ_ATTRIBUTE = "qqNumber";

  /**
   * Profile fields Keycloak would otherwise demand at sign-in: names (never asked), and the email,
   * which a QQ account links later through the platform (§2.1.1).
   */
  private static final Set<String> RELAXED = Set.of("firstName", "lastName", "email");

  /** Access tokens live briefly: disabling a user does not revoke tokens already issued. */
  static final int ACCESS_TOKEN_SECONDS = 300;

  private final KeycloakSettings settings = KeycloakSettings.fromSettings();
  private volatile Keycloak admin;

  private Keycloak admin() {
    Keycloak current = admin;
    if (current == null) {
      synchronized (this) {
        if (admin == null) {
          admin =
              KeycloakBuilder.builder()
                  .serverUrl(settings.url())
                  .realm("master")
                  .clientId("admin-cli")
                  .username(settings.adminUser())
                  .password(settings.adminPassword())
                  .build();
        }
        current = admin;
      }
    }
    return current;
  }

  @PreDestroy
  void close() {
    if (admin != null) {
      admin.close();
    }
  }

  public boolean realmExists(TenantId tenant) {
    return admin().realms().findAll().stream().anyMatch(r -> tenant.value().equals(r.getRealm()));
  }

  /**
   * Creates the tenant's realm with the platform's roles and clients if it does not exist yet.
   *
   * @return true when the realm was created now
   */
  public boolean ensureRealm(TenantId tenant, String displayName, TenantHosts hosts) {
    if (realmExists(tenant)) {
      return false;
    }
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
      admin().realms().create(realm);
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 409) {
        return false;
      }
      throw new IdentityException("realm " + tenant + " not created", e.getResponse().getStatus());
    }
    return true;
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
   * the QQ number of a QQ account is a declared attribute (Keycloak drops undeclared ones).
   * Idempotent, so realms of earlier versions catch up at start.
   */
  public void ensureUserProfile(TenantId tenant) {
    RealmResource realm = admin().realm(tenant.value());
    UPConfig profile = realm.users().userProfile().getConfiguration();
    boolean changed = false;
    for (UPAttribute attribute : profile.getAttributes()) {
      if (RELAXED.contains(attribute.getName()) && attribute.getRequired() != null) {
        attribute.setRequired(null);
        changed = true;
      }
    }
    if (profile.getAttribute(QQ_ATTRIBUTE) == null) {
      profile.addOrReplaceAttribute(
          new UPAttribute(
              QQ_ATTRIBUTE, new UPAttributePermissions(Set.of("admin", "user"), Set.of("admin"))));
      changed = true;
    }
    if (changed) {
      realm.users().userProfile().update(profile);
    }
  }

  /** Sets the verified email of a user registered with a QQ number (§2.1.1). */
  public void linkEmail(TenantId tenant, String userId, String email) {
    var user = admin().realm(tenant.value()).users().get(userId);
    UserRepresentation rep = user.toRepresentation();
    rep.setEmail(email);
    rep.setEmailVerified(true);
    user.update(rep);
  }

  /**
   * Creates a user in the tenant's realm and grants its roles.
   *
   * @return the user's id (the {@code sub} of its tokens)
   * @throws IdentityException with {@link IdentityException#conflict()} when the email is taken
   */
  public String createUser(TenantId tenant, NewUser user) {
    RealmResource realm = admin().realm(tenant.value());
    UserRepresentation rep = new UserRepresentation();
    rep.setUsername(user.username());
    rep.setEmail(user.email());
    if (user.qqNumber() != null) {
      rep.setAttributes(Map.of(QQ_ATTRIBUTE, List.of(user.qqNumber())));
    }
    rep.setEmailVerified(user.emailVerified());
    rep.setEnabled(user.enabled());
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(new String(user.password()));
    password.setTemporary(false);
    rep.setCredentials(List.of(password));
    String id;
    try (Response response = realm.users().create(rep)) {
      if (response.getStatus() == 409) {
        throw new IdentityException("user exists: " + user.username(), 409);
      }
      if (response.getStatus() != 201) {
        throw new IdentityException("user not created", response.getStatus());
      }
      id = CreatedResponseUtil.getCreatedId(response);
    }
    List<RoleRepresentation> grants =
        user.roles().stream().map(r -> realm.roles().get(r.roleName()).toRepresentation()).toList();
    if (!grants.isEmpty()) {
      realm.users().get(id).roles().realmLevel().add(grants);
    }
    return id;
  }

  public Optional<String> findUserId(TenantId tenant, String email) {
    return admin().realm(tenant.value()).users().searchByEmail(email, true).stream()
        .map(UserRepresentation::getId)
        .findFirst();
  }

  /** Removes a user the platform created but could not record (compensation). */
  public void deleteUser(TenantId tenant, String userId) {
    try (Response ignored = admin().realm(tenant.value()).users().delete(userId)) {
      // status ignored: the user is gone either way
    } catch (NotFoundException e) {
      // already gone
    }
  }

  /** Disables a user and revokes every session (sign-in is refused from now on). */
  public void lockUser(TenantId tenant, String userId) {
    var user = admin().realm(tenant.value()).users().get(userId);
    UserRepresentation rep = user.toRepresentation();
    rep.setEnabled(false);
    user.update(rep);
    user.logout();
  }

  /** Lets a user sign in, with a verified email (after confirmation or reinstatement). */
  public void activateUser(TenantId tenant, String userId) {
    var user = admin().realm(tenant.value()).users().get(userId);
    UserRepresentation rep = user.toRepresentation();
    rep.setEnabled(true);
    rep.setEmailVerified(true);
    user.update(rep);
  }
}
