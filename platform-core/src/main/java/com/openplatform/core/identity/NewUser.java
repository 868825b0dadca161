package com.openplatform.core.identity;

import java.util.Set;
import org.keycloak.representations.idm.CredentialRepresentation;

/**
 * A user to create in a tenant's realm. Developers sign in with their email as user name; an
 * account an operator imported with a QQ number signs in with that number ({@code qqNumber} set,
 * email null until linked, §2.1.1). The credential is a password, or a hash an operator brings
 * along ({@link HashedPassword}).
 */
public record NewUser(
    String email,
    String qqNumber,
    char[] password,
    HashedPassword hashedPassword,
    boolean emailVerified,
    boolean enabled,
    Set<PlatformRole> roles,
    boolean passwordTemporary) {

  public static NewUser withEmail(
      String email,
      char[] password,
      boolean emailVerified,
      boolean enabled,
      Set<PlatformRole> roles) {
    return new NewUser(email, null, password, null, emailVerified, enabled, roles, false);
  }

  /**
   * The same user whose password someone else chose (an administrator for an organisation's
   * reviewer): Keycloak makes them choose their own at the first sign-in.
   */
  public NewUser withTemporaryPassword() {
    return new NewUser(
        email, qqNumber, password, hashedPassword, emailVerified, enabled, roles, true);
  }

  /** An operator's existing user with a QQ number and its password hash (§2.1.1). */
  public static NewUser imported(String qqNumber, HashedPassword hash, Set<PlatformRole> roles) {
    return new NewUser(null, qqNumber, null, hash, false, true, roles, false);
  }

  /** The name the user signs in with. */
  public String username() {
    return qqNumber != null ? qqNumber : email;
  }

  CredentialRepresentation credential() {
    if (hashedPassword != null) {
      return hashedCredential(hashedPassword);
    }
    CredentialRepresentation credential = passwordCredential(password);
    credential.setTemporary(passwordTemporary);
    return credential;
  }

  static CredentialRepresentation passwordCredential(char[] password) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(new String(password));
    credential.setTemporary(false);
    return credential;
  }

  /** Keycloak's stored form of a password credential, imported as it is. */
  static CredentialRepresentation hashedCredential(HashedPassword hash) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setSecretData(
        "{\"value\":\""
            + hash.hash().strip()
            + "\",\"salt\":\""
            + hash.salt().strip()
            + "\",\"additionalParameters\":{}}");
    credential.setCredentialData(
        "{\"hashIterations\":"
            + hash.iterations()
            + ",\"algorithm\":\""
            + hash.algorithm().strip().toLowerCase(java.util.Locale.ROOT)
            + "\",\"additionalParameters\":{}}");
    return credential;
  }
}
