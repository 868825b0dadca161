package com.openplatform.core.identity;

import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;

/**
 * The role check every staff operation makes itself, whatever the web tier already checked: 401 for
 * nobody signed in, 403 for a caller with none of the roles.
 */
public final class Roles {

  private Roles() {}

  /** The caller, if they hold one of the roles. */
  public static Caller requireAny(PlatformRole... roles) {
    Caller caller = TenantContext.caller();
    for (PlatformRole role : roles) {
      if (caller.hasRole(role.roleName())) {
        return caller;
      }
    }
    throw new ProblemException(
        caller.authenticated() ? ProblemKind.Common.FORBIDDEN : ProblemKind.Common.UNAUTHENTICATED);
  }
}
