package com.openplatform.portal.qualification.api;

import com.openplatform.accounts.qualification.MaterialsForm;

/**
 * Materials to submit. {@code subjectType}: INDIVIDUAL, LEGAL_PERSON or OTHER_ORGANISATION;
 * {@code numberScheme} (optional): USCC, RESIDENT_ID or OTHER (free text, marked unvalidated).
 */
public record MaterialsFormDto(
    String subjectType,
    String subjectName,
    String numberScheme,
    String registrationNumber,
    String contactName,
    String contactAddress,
    String contactEmail,
    String contactPhone) {

  MaterialsForm toForm() {
    return new MaterialsForm(
        subjectType, subjectName, numberScheme, registrationNumber, contactName, contactAddress, contactEmail, contactPhone);
  }
}
