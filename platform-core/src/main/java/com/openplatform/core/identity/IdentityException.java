package com.openplatform.core.identity;

/** Keycloak refused or failed an operation the platform asked of it. */
public class IdentityException extends RuntimeException {
  private final int status;

  public IdentityException(String message, int status) {
    super(message);
    this.status = status;
  }

  public IdentityException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** Keycloak's HTTP status, 0 when it could not be reached. */
  public int status() {
    return status;
  }

  public boolean conflict() {
    return status == 409;
  }
}
