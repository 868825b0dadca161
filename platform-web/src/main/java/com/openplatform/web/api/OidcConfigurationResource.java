package com.openplatform.web.api;

import com.openplatform.core.identity.KeycloakSettings;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenID Connect discovery of the tenant whose site this is: a redirect to its Keycloak realm's
 * discovery document. The API description names it as its OpenID Connect security scheme, so one
 * description serves every tenant. The tenant is the one the request's host names.
 */
@Path(OidcConfigurationResource.SUBPATH)
@ApplicationScoped
@PermitAll
@Tag(name = "sign-in")
public class OidcConfigurationResource {

  static final String SUBPATH = "/.well-known/openid-configuration";

  /** Under the module's context path. */
  public static final String PATH = "/api" + SUBPATH;

  private final TenantHosts hosts = TenantHosts.fromSettings();
  private final KeycloakSettings keycloak = KeycloakSettings.fromSettings();

  @GET
  @Operation(
      operationId = "openIdConfiguration",
      summary = "Where this tenant's OpenID Connect provider (its Keycloak realm) describes itself")
  @APIResponse(responseCode = "307", description = "Redirect to the realm's discovery document")
  public Response discovery(@Context HttpHeaders headers) {
    String host = headers.getHeaderString("Host");
    TenantId tenant =
        hosts
            .tenantOf(host)
            .filter(TenantDirectory::isKnown)
            .orElseThrow(() -> new ProblemException(ProblemKind.Common.NOT_FOUND));
    return Response.temporaryRedirect(
            URI.create(keycloak.issuer(tenant) + "/.well-known/openid-configuration"))
        .build();
  }
}
