package com.openplatform.accounts.qualification;

/**
 * What a developer submits as subject and qualification materials. {@code numberScheme} is
 * optional: by default an individual's number is a resident identity number and an organisation's a
 * unified social credit code; {@code OTHER} keeps any number as free text, marked unvalidated.
 */
public record MaterialsForm(
    String subjectType,
    String subjectName,
    String numberScheme,
    String registrationNumber,
    String contactName,
    String contactAddress,
    String contactEmail,
    String contactPhone) {}
