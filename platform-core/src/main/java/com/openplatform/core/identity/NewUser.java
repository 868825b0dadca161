package com.openplatform.core.identity;

import java.util.Set;

/** A user to create in a tenant's realm; the email is also the user name. */
public record NewUser(String email, char[] password, boolean emailVerified, Set<PlatformRole> roles) {}
