package com.openplatform.notices.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The notices REST API: {@code /notices/api}, described at {@code /notices/openapi}; {@link
 * NoticesApiContract} adds what all operations share.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Open Platform notices API",
            version = "1",
            description =
                "How the operator gives developers notice (agreement §6.1–§6.3): staff compose"
                    + " notices to one developer, a segment or everyone and follow every delivery;"
                    + " developers read their inbox and prompts and choose their commercial"
                    + " messages; anyone reads the announcements. Refusals are RFC 9457 problem"
                    + " details.",
            contact = @Contact(name = "The operator's platform team")),
    tags = {
      @Tag(name = "notices", description = "Notices staff send, their deliveries (§6.1, §6.2)"),
      @Tag(name = "my-notices", description = "The signed-in developer's inbox and prompts"),
      @Tag(name = "announcements", description = "Public web announcements (§6.1)")
    })
public class NoticesApi extends Application {}
