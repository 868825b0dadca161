package com.openplatform.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff console's REST API: {@code /admin/api}. Its description is served at {@code
 * /admin/openapi}; {@link AdminApiContract} adds what all operations share.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Open Platform staff API",
            version = "1",
            description =
                "What the operator's staff do on their tenant: the directory of developer accounts"
                    + " and their status (§2.1.3, §2.8, §5), qualification review (§2.2), entity"
                    + " groups (§5.7), agreement versions (§8.1), stolen-account reports (§2.1.6),"
                    + " QQ-number user import. Bearer tokens of the tenant's Keycloak realm; each"
                    + " operation names the staff roles it needs. Refusals are RFC 9457 problem"
                    + " details.",
            contact = @Contact(name = "The operator's platform team")),
    tags = {
      @Tag(name = "accounts", description = "Developer accounts and their status"),
      @Tag(name = "qualification", description = "Review of subject and qualification materials"),
      @Tag(name = "affiliations", description = "Accounts of one subject (§5.7)"),
      @Tag(name = "agreement", description = "Versions of the developer service agreement (§8.1)"),
      @Tag(name = "stolen-accounts", description = "Stolen-account reports (§2.1.6)"),
      @Tag(name = "qq-import", description = "Import of the operator's QQ-number users"),
      @Tag(name = "sign-in", description = "The tenant's OpenID Connect provider")
    })
public class AdminApi extends Application {}
