package com.openplatform.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The developer portal's REST API, beside its pages: {@code /portal/api}. Its description is served
 * at {@code /portal/openapi}; {@link PortalApiContract} adds what all operations share.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Open Platform developer API",
            version = "1",
            description =
                "What a developer does on a tenant's open platform: register by email and confirm the"
                    + " mailed link (§2.1.1–2.1.2), the account, the developer service agreement"
                    + " (§8.1), subject and qualification materials (§2.2), stolen-account reports"
                    + " (§2.1.6). Each tenant is a site of its own; its Keycloak realm issues the"
                    + " bearer tokens. Refusals are RFC 9457 problem details.",
            contact = @Contact(name = "The operator's developer support, on the tenant's site")),
    tags = {
      @Tag(name = "registration", description = "Registering an account by email"),
      @Tag(name = "account", description = "The signed-in developer's own account"),
      @Tag(name = "agreement", description = "The developer service agreement in force (§8.1)"),
      @Tag(name = "qualification", description = "Subject and qualification materials (§2.2)"),
      @Tag(name = "stolen-accounts", description = "Reporting a stolen account (§2.1.6)"),
      @Tag(name = "sign-in", description = "The tenant's OpenID Connect provider")
    })
public class PortalApi extends Application {}
