package com.openplatform.accounts.qualification;

/** The checked fields of a version of the qualification materials (§2.2.2). */
public record Materials(
    SubjectType subjectType,
    String subjectName,
    NumberScheme numberScheme,
    String registrationNumber,
    boolean numberValidated,
    String contactName,
    String contactAddress,
    String contactEmail,
    String contactPhone) {}
