package com.openplatform.apps.application;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a developer submits to register an application or change it (§2.5.6, names §2.5.7,
 * §2.6.4(3)). The limits below are the one source of each field's size: the checks use them, the
 * columns hold them, the API description states them.
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
        Boolean poweredByAcknowledged,
    @Schema(
            maxItems = LIST_MAX,
            description =
                "Domain names the app serves from (internationalised names allowed), at most "
                    + DOMAIN_MAX
                    + " characters each")
        List<String> domains,
    @Schema(
            maxItems = LIST_MAX,
            description = "http(s) links to the app (store pages, downloads), each a URI")
        List<String> links,
    @Schema(
            maxItems = LIST_MAX,
            description =
                "The app's accounts on other platforms, e.g. \"weibo:example\", at most "
                    + THIRD_PARTY_MAX
                    + " characters each")
        List<String> thirdPartyAccounts) {

  public static final int NAME_MAX = 50;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int URL_MAX = 500;
  public static final int CONTACT_MAX = 200;

  /** At most this many domains, links, third-party accounts (and allow-listed addresses). */
  public static final int LIST_MAX = 10;

  /** A DNS name's limit (RFC 1035), after conversion to ASCII. */
  public static final int DOMAIN_MAX = 253;

  public static final int THIRD_PARTY_MAX = 100;
}
