package com.openplatform.core.tenancy;

import java.util.regex.Pattern;

/**
 * A tenant's id: also its Keycloak realm name and the first label of its host name. Lower-case
 * letters, digits and hyphens, starting with a letter, at most 31 characters (the width of the
 * tenant discriminator column).
 */
public record TenantId(String value) {

  public static final int MAX_LENGTH = 31;
  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,30}");

  public TenantId {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a tenant id: " + value);
    }
  }

  public static boolean isWellFormed(String value) {
    return value != null && SHAPE.matcher(value).matches() && !value.endsWith("-");
  }

  /**
   * How the tenant's site names itself until the tenant has a name of its own: "Demo Open
   * Platform".
   */
  public String displayName() {
    return Character.toUpperCase(value.charAt(0)) + value.substring(1) + " Open Platform";
  }

  @Override
  public String toString() {
    return value;
  }
}
