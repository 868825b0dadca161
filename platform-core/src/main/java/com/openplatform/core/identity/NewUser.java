package com.openplatform.core.identity;

import java.util.Set;

/**
 * A user to create in a tenant's realm; the email is also the user name. A disabled user cannot sign
 * in until {@link IdentityGateway#activateUser} (e.g. after confirming the email).
 */
public record NewUser(
    String email, char[] password, boolean emailVerified, boolean enabled, Set<PlatformRole> roles) {}
