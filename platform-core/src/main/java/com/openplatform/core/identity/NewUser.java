package com.openplatform.core.identity;

import java.util.Set;

/**
 * A user to create in a tenant's realm. Developers sign in with their email as user name; an
 * account first registered with a QQ number signs in with that number ({@code qqNumber} set, email
 * null until linked). A disabled user cannot sign in until {@link IdentityGateway#activateUser}.
 */
public record NewUser(
    String email,
    String qqNumber,
    char[] password,
    boolean emailVerified,
    boolean enabled,
    Set<PlatformRole> roles) {

  public static NewUser withEmail(
      String email,
      char[] password,
      boolean emailVerified,
      boolean enabled,
      Set<PlatformRole> roles) {
    return new NewUser(email, null, password, emailVerified, enabled, roles);
  }

  /** The name the user signs in with. */
  public String username() {
    return qqNumber != null ? qqNumber : email;
  }
}
