package com.openplatform.core.notice;

/**
 * Which developers of the tenant a notice is for; every criterion left null matches everyone.
 *
 * @param status the account status ({@code ACTIVE}, {@code RESTRICTED}, {@code SUSPENDED} …)
 * @param subjectType the subject type of the current materials ({@code INDIVIDUAL}, {@code
 *     ENTERPRISE} …)
 * @param verified whether the developer holds a verification in force (§2.4)
 * @param hasApprovedApps whether the developer has at least one approved application
 * @param category with {@code hasApprovedApps}: an approved application of this category
 */
public record Segment(
    String status, String subjectType, Boolean verified, Boolean hasApprovedApps, String category) {

  public static final Segment EVERYONE = new Segment(null, null, null, null, null);

  /** Whether any criterion needs the developer's verifications or applications. */
  public boolean needsOtherModules() {
    return verified != null || hasApprovedApps != null || category != null;
  }
}
