package com.openplatform.portal.qualification.api;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.DocumentView;
import com.openplatform.accounts.qualification.MaterialsForm;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.accounts.qualification.QualificationMaterials;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.web.page.Downloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * The developer's own subject and qualification materials (§1.1, §2.2). Documents are uploaded as
 * the request body ({@code ?name=licence.pdf}); their type is judged from their content.
 */
@Path("/accounts/me/qualification")
@Tag(name = "qualification")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class QualificationResource {

  @EJB QualificationMaterials materials;

  /** 200 with the current version, 204 when nothing was submitted yet. */
  @GET
  @Operation(operationId = "getQualification", summary = "The current version of the materials")
  @APIResponse(
      responseCode = "200",
      description = "The current version",
      content = @Content(schema = @Schema(implementation = MaterialsView.class)))
  @APIResponse(responseCode = "204", description = "Nothing was submitted yet")
  public Response current() {
    return materials.current().map(v -> Response.ok(v)).orElse(Response.noContent()).build();
  }

  @GET
  @Path("/versions")
  @Operation(operationId = "listQualificationVersions", summary = "Every version, newest first")
  public List<MaterialsView> versions() {
    return materials.versions();
  }

  @PUT
  @Operation(
      operationId = "submitQualification",
      summary = "Submit the subject and qualification materials: a new version")
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialsView submit(MaterialsForm body) {
    if (body == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    return materials.submit(body);
  }

  @POST
  @Path("/documents")
  @Operation(
      operationId = "uploadDocument",
      summary = "Upload a document (PDF, JPEG or PNG, judged from its content) as the request body")
  @APIResponse(
      responseCode = "201",
      description = "The stored document (without its content)",
      content = @Content(schema = @Schema(implementation = DocumentView.class)))
  @APIResponse(responseCode = "413", description = "Larger than 5 MiB")
  @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
  @Consumes(MediaType.WILDCARD)
  @RequestBody(
      required = true,
      description = "The document's bytes; its type is judged from them, not from the header",
      content = {
        @Content(
            mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response upload(
      @Parameter(description = "The file name to show, e.g. licence.pdf") @QueryParam("name")
          String name,
      InputStream body)
      throws IOException {
    return Response.status(201)
        .entity(materials.upload(name, com.openplatform.core.document.DocumentCheck.read(body)))
        .build();
  }

  @GET
  @Path("/documents/{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "downloadDocument", summary = "A document's content")
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
  public Response download(@PathParam("id") String id) {
    return download(materials.download(id));
  }

  @DELETE
  @Operation(
      operationId = "removeDocument",
      summary = "Remove a document: a new version without it")
  @Path("/documents/{id}")
  public MaterialsView remove(@PathParam("id") String id) {
    return materials.remove(id);
  }

  private static Response download(DocumentContent d) {
    return Downloads.of(d.document().fileName(), d.document().mediaType(), d.content());
  }
}
