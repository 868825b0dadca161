package com.openplatform.portal.application.api;

import com.openplatform.apps.access.AppTokens;
import com.openplatform.web.api.ApiContract;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An application's token endpoint: AppID and AppSecret for an access token, with client-credentials
 * semantics (RFC 6749 §4.4, form-encoded like a token endpoint). Open to anyone on the tenant's
 * site; the EJB decides (approved, not offline §2.8.2, from an allow-listed address) before the
 * tenant's Keycloak checks the secret and issues the token.
 */
@Path("/app-tokens")
@Tag(name = "apps")
@RequestScoped
@PermitAll
public class AppTokenResource {

  /** Keycloak's token response, as it wrote it. */
  public record TokenDto(
      @Schema(required = true) String access_token,
      @Schema(required = true, examples = "Bearer") String token_type,
      @Schema(required = true) long expires_in,
      String scope) {}

  @EJB AppTokens tokens;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "issueAppToken",
      extensions =
          @Extension(name = ApiContract.CREDENTIALS_IN_BODY, value = "true", parseValue = true),
      summary = "An access token for an application's AppID and AppSecret (client credentials)")
  @APIResponse(
      responseCode = "200",
      description = "The access token",
      content = @Content(schema = @Schema(implementation = TokenDto.class)))
  @APIResponse(responseCode = "401", description = "Wrong AppID or AppSecret, or not approved")
  @APIResponse(
      responseCode = "403",
      description = "The request comes from outside the app's IP allow-list")
  @APIResponse(responseCode = "429", description = "Too many wrong secrets from this address")
  public Response issue(
      @FormParam("grant_type")
          @Schema(
              required = true,
              enumeration = {"client_credentials"})
          String grantType,
      @FormParam("client_id")
          @Schema(required = true, maxLength = AppTokens.CREDENTIAL_MAX, description = "The AppID")
          String appId,
      @FormParam("client_secret")
          @Schema(
              required = true,
              maxLength = AppTokens.CREDENTIAL_MAX,
              description = "The AppSecret")
          String appSecret) {
    if (!"client_credentials".equals(grantType)) {
      throw new com.openplatform.core.problem.ProblemException(
          com.openplatform.core.problem.ProblemKind.Common.INVALID_INPUT,
          List.of(
              new com.openplatform.core.problem.Problem.FieldError("grant_type", "invalid", null)));
    }
    return Response.ok(tokens.issue(appId, appSecret), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
