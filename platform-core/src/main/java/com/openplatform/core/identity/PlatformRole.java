package com.openplatform.core.identity;

/** The realm roles every tenant's realm has. */
public enum PlatformRole {
  DEVELOPER("developer", "Developer using the portal"),
  REVIEWER("reviewer", "Reviews qualifications, verifications and applications"),
  TRUST_SAFETY("trust-safety", "Handles complaints and enforcement"),
  FINANCE("finance", "Fees, refunds and fee reports"),
  TENANT_ADMIN("tenant-admin", "Administers the operator's platform"),
  /**
   * A reviewer of an entrusted third-party reviewer organisation (§2.4.2): sees and decides only
   * the verification orders assigned to its organisation, and nothing else of the tenant.
   */
  ORG_REVIEWER("org-reviewer", "Reviews verification orders assigned to their organisation"),
  /** The operator's runtime (a service account): asks the access decision of apps (§2.8.2). */
  RUNTIME("runtime", "The operator's runtime: asks whether users may use an app");

  private final String roleName;
  private final String description;

  PlatformRole(String roleName, String description) {
    this.roleName = roleName;
    this.description = description;
  }

  public String roleName() {
    return roleName;
  }

  public String description() {
    return description;
  }
}
