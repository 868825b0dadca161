package com.openplatform.portal.application.api;

import com.openplatform.apps.access.AddressRanges;
import com.openplatform.apps.application.ApplicationForm;
import com.openplatform.apps.application.ApplicationView;
import com.openplatform.apps.application.DocumentKind;
import com.openplatform.apps.application.Documents;
import com.openplatform.apps.application.MyApplications;
import com.openplatform.core.document.DocumentCheck;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.web.page.Downloads;
import com.openplatform.web.paging.PageDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in developer's applications (§2.5–§2.8): register, list, read state and reasons,
 * change and submit again, get the AppSecret once (again = reset). The rules live in the EJB.
 */
@Path("/apps")
@Tag(name = "apps")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class MyApplicationsResource {

  @EJB MyApplications apps;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "registerApp", summary = "Register an application for review (§2.5.6)")
  @APIResponse(
      responseCode = "201",
      description = "Submitted for review",
      content = @Content(schema = @Schema(implementation = ApplicationView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The name is taken or uses a protected mark, or the limit is reached")
  public Response register(ApplicationForm form) {
    ApplicationView app = apps.register(form);
    return Response.created(uri.getAbsolutePathBuilder().path(app.id()).build())
        .entity(app)
        .build();
  }

  @GET
  @Operation(operationId = "listMyApps", summary = "The caller's applications, newest first")
  public PageDto<ApplicationView> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(apps.mine(new PageRequest(first, max)), a -> a);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getMyApp",
      summary = "One of the caller's applications, with its history")
  public ApplicationView get(@PathParam("id") String id) {
    return apps.get(id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeMyApp",
      summary = "Change an application and submit it again; refused once offline (§2.8.2)")
  @APIResponse(responseCode = "200", description = "Submitted for review again")
  @APIResponse(responseCode = "409", description = "Offline, or the new name is refused")
  public ApplicationView change(@PathParam("id") String id, ApplicationForm form) {
    return apps.change(id, form);
  }

  @POST
  @Path("/{id}/secret")
  @Operation(
      operationId = "newAppSecret",
      summary =
          "A new AppSecret for an approved application, shown once; the previous one stops working")
  @APIResponse(
      responseCode = "201",
      description = "The AppID and the new AppSecret",
      content = @Content(schema = @Schema(implementation = MyApplications.IssuedSecret.class)))
  @APIResponse(responseCode = "409", description = "The application is not approved")
  public Response newSecret(@PathParam("id") String id) {
    return Response.status(201).entity(apps.newSecret(id)).build();
  }

  /** The list replaces the previous one; an empty list allows every address. */
  public record AllowListDto(
      @Schema(
              required = true,
              maxItems = AddressRanges.MAX,
              description =
                  "IPv4/IPv6 addresses and CIDR blocks, e.g. 203.0.113.7 or 2001:db8::/48;"
                      + " empty: any address")
          List<String> entries) {}

  @PUT
  @Path("/{id}/ip-allow-list")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setAppIpAllowList",
      summary = "Set the addresses the app's token requests may come from")
  @APIResponse(
      responseCode = "200",
      description = "The application with its new allow-list",
      content = @Content(schema = @Schema(implementation = ApplicationView.class)))
  @APIResponse(responseCode = "409", description = "The application is offline (§2.8.2)")
  public ApplicationView allowFrom(@PathParam("id") String id, AllowListDto body) {
    if (body == null || body.entries() == null) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new Problem.FieldError("entries", "required", null)));
    }
    return apps.allowFrom(id, body.entries());
  }

  @POST
  @Path("/{id}/documents")
  @Operation(
      operationId = "uploadAppDocument",
      summary =
          "Upload a licence or copyright document (§2.2.3, §2.2.4): PDF, JPEG or PNG, judged from"
              + " its content")
  @APIResponse(
      responseCode = "201",
      description = "The stored document (without its content)",
      content = @Content(schema = @Schema(implementation = ApplicationView.AppDocumentView.class)))
  @APIResponse(responseCode = "409", description = "The application is offline (§2.8.2)")
  @APIResponse(responseCode = "413", description = "Larger than 5 MiB")
  @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
  @Consumes(MediaType.WILDCARD)
  @RequestBody(
      required = true,
      description = "The document's bytes; its type is judged from them, not from the header",
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response upload(
      @PathParam("id") String id,
      @Parameter(
              required = true,
              description = "LICENCE (§2.2.3) or COPYRIGHT (§2.2.4)",
              schema = @Schema(implementation = DocumentKind.class))
          @QueryParam("kind")
          String kind,
      @Parameter(description = "The file name to show, e.g. licence.pdf") @QueryParam("name")
          String name,
      InputStream body)
      throws IOException {
    byte[] content = body.readNBytes(DocumentCheck.MAX_BYTES + 1);
    if (content.length > DocumentCheck.MAX_BYTES) {
      throw new ProblemException(ProblemKind.Common.PAYLOAD_TOO_LARGE);
    }
    return Response.status(201).entity(apps.upload(id, kind, name, content)).build();
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "downloadAppDocument", summary = "A document's content")
  @APIResponse(
      responseCode = "200",
      description = "The content, with its media type",
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    Documents.Content d = apps.document(id, documentId);
    return Downloads.of(d.fileName(), d.mediaType(), d.bytes());
  }
}
