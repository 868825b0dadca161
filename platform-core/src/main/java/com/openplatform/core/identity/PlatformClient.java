package com.openplatform.core.identity;

/**
 * The OIDC clients of every tenant's realm: one per web module (confidential, authorization code
 * flow) and a public one through which API users and tools obtain tokens.
 */
public enum PlatformClient {
  PORTAL("portal", "/portal"),
  ADMIN("admin", "/admin"),
  NOTICES("notices", "/notices"),
  API("platform-api", null);

  private final String clientId;
  private final String contextRoot;

  PlatformClient(String clientId, String contextRoot) {
    this.clientId = clientId;
    this.contextRoot = contextRoot;
  }

  public String clientId() {
    return clientId;
  }

  /** The web module this client signs users in to, or null for the API client. */
  public String contextRoot() {
    return contextRoot;
  }

  /**
   * The clients whose APIs accept this client's tokens: a web module's own, or (for the API client)
   * every web module's.
   */
  public java.util.List<PlatformClient> audiences() {
    return confidential() ? java.util.List.of(this) : java.util.List.of(PORTAL, ADMIN, NOTICES);
  }

  public boolean confidential() {
    return contextRoot != null;
  }

  public static PlatformClient forContextRoot(String contextRoot) {
    for (PlatformClient client : values()) {
      if (contextRoot != null && contextRoot.equals(client.contextRoot)) {
        return client;
      }
    }
    throw new IllegalArgumentException("no client for " + contextRoot);
  }
}
