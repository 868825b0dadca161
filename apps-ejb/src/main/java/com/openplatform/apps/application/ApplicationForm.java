package com.openplatform.apps.application;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a developer submits to register an application or change it (§2.5.6, §2.5.7). The limits
 * below are the one source of each field's size: the checks use them, the columns hold them, the
 * API description states them.
 */
public record ApplicationForm(
    @Schema(required = true, maxLength = NAME_MAX, examples = "Weather Now") String name,
    @Schema(required = true, maxLength = DESCRIPTION_MAX) String description,
    @Schema(required = true, type = SchemaType.STRING, implementation = Category.class)
        String category,
    @Schema(format = "uri", maxLength = URL_MAX) String website,
    @Schema(
            required = true,
            format = "uri",
            maxLength = URL_MAX,
            description = "Where users read how the app handles their data (§2.7.1(2))")
        String privacyPolicyUrl,
    @Schema(
            required = true,
            maxLength = CONTACT_MAX,
            description = "How users reach the app's customer service (§2.5.4)")
        String customerService,
    @Schema(
            required = true,
            maxLength = CONTACT_MAX,
            description = "Where rights holders send claims (§2.5.5)")
        String claimsContact,
    @Schema(
            required = true,
            description = "The developer shows the operator's \"Powered by\" mark (§2.5.3)")
        Boolean poweredByAcknowledged) {

  public static final int NAME_MAX = 50;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int URL_MAX = 500;
  public static final int CONTACT_MAX = 200;
}
