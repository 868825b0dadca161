package com.openplatform.admin.application.api;

import com.openplatform.apps.application.ApplicationReview;
import com.openplatform.apps.application.ApplicationState;
import com.openplatform.apps.application.ApplicationView;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.web.paging.PageDto;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Review of the tenant's applications (§2.5.7) and taking one offline (§2.8.2). */
@Path("/apps")
@Tag(name = "apps")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

  /** A staff decision's note or reasons. */
  public record ReasonDto(@Schema(maxLength = 2000) String reason) {}

  @EJB ApplicationReview review;

  @GET
  @Operation(
      operationId = "listApps",
      summary =
          "Applications in a state (default: submitted, the review queue), oldest first unless"
              + " sorted by createdAt, updatedAt or name (-field: descending)")
  public PageDto<ApplicationView> list(
      @QueryParam("state") String state,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max,
      @QueryParam("sort") String sort) {
    return PageDto.of(review.queue(state(state), new PageRequest(first, max), sort), a -> a);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getApp", summary = "One application with its history")
  public ApplicationView get(@PathParam("id") String id) {
    return review.get(id);
  }

  @POST
  @Path("/{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "approveApp", summary = "Approve: the app gets its AppID")
  @APIResponse(responseCode = "200", description = "Approved")
  @APIResponse(responseCode = "409", description = "Not waiting for review")
  public ApplicationView approve(@PathParam("id") String id, ReasonDto body) {
    return review.approve(id, body == null ? null : body.reason());
  }

  @POST
  @Path("/{id}/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "rejectApp", summary = "Reject with reasons the developer sees")
  @APIResponse(responseCode = "200", description = "Rejected")
  @APIResponse(responseCode = "409", description = "Not waiting for review")
  public ApplicationView reject(@PathParam("id") String id, ReasonDto body) {
    return review.reject(id, body == null ? null : body.reason());
  }

  @POST
  @Path("/{id}/offline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "takeAppOffline",
      summary = "Take offline for good (§2.8.2); it may return only as a new app")
  @APIResponse(responseCode = "200", description = "Offline")
  @APIResponse(responseCode = "409", description = "Offline already")
  public ApplicationView takeOffline(@PathParam("id") String id, ReasonDto body) {
    return review.takeOffline(id, body == null ? null : body.reason());
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "downloadAppDocument",
      summary = "A licence or copyright document of the application (§2.2.3, §2.2.4)")
  @APIResponse(
      responseCode = "200",
      description = "The content, with its media type",
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      format = "binary")))
  public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    com.openplatform.apps.application.Documents.Content d = review.document(id, documentId);
    return com.openplatform.web.page.Downloads.of(d.fileName(), d.mediaType(), d.bytes());
  }

  private static ApplicationState state(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return ApplicationState.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("state", "invalid", null)));
    }
  }
}
