package com.openplatform.accounts.qualification;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a developer submits as subject and qualification materials. {@code numberScheme} is
 * optional: by default an individual's number is a resident identity number and an organisation's a
 * unified social credit code; {@code OTHER} keeps any other number as written, marked unvalidated
 * (a number that is a valid code of a known scheme is checked as one, whatever was chosen).
 *
 * <p>The limits below are the one source of each field's size: the checks use them, the columns
 * hold them, the API description states them.
 */
public record MaterialsForm(
    @Schema(required = true, type = SchemaType.STRING, implementation = SubjectType.class)
        String subjectType,
    @Schema(required = true, maxLength = SUBJECT_NAME_MAX) String subjectName,
    @Schema(type = SchemaType.STRING, implementation = NumberScheme.class) String numberScheme,
    @Schema(required = true, maxLength = NUMBER_MAX) String registrationNumber,
    @Schema(required = true, maxLength = CONTACT_NAME_MAX) String contactName,
    @Schema(required = true, maxLength = CONTACT_ADDRESS_MAX) String contactAddress,
    @Schema(required = true, format = "email", maxLength = CONTACT_EMAIL_MAX) String contactEmail,
    @Schema(required = true, maxLength = CONTACT_PHONE_MAX) String contactPhone) {

  public static final int SUBJECT_NAME_MAX = 200;
  public static final int NUMBER_MAX = 100;
  public static final int CONTACT_NAME_MAX = 200;
  public static final int CONTACT_ADDRESS_MAX = 500;
  public static final int CONTACT_EMAIL_MAX = 254;
  public static final int CONTACT_PHONE_MAX = 20;
}
