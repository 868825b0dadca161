package com.openplatform.apps.application;

/** The supporting documents an application may need (§2.2.3, §2.2.4). */
public enum DocumentKind {
  /** §2.2.3: a qualification, licence or approval from a competent authority for the service. */
  LICENCE,
  /** §2.2.4: a copyright, patent or other supporting document for what the app offers. */
  COPYRIGHT
}
