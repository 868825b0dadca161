package com.openplatform.accounts.qualification;

/** Who a developer is (§1.1), and which registration number identifies such a subject. */
public enum SubjectType {
  INDIVIDUAL(NumberScheme.RESIDENT_ID),
  LEGAL_PERSON(NumberScheme.USCC),
  OTHER_ORGANISATION(NumberScheme.USCC);

  private final NumberScheme scheme;

  SubjectType(NumberScheme scheme) {
    this.scheme = scheme;
  }

  /** The scheme a registration number of this subject is checked against by default. */
  public NumberScheme defaultScheme() {
    return scheme;
  }
}
