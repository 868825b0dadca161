package com.openplatform.notices.api;

import com.openplatform.core.document.DocumentCheck;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.notices.letter.LetterAttachment;
import com.openplatform.notices.letter.LetterForm;
import com.openplatform.notices.letter.LetterView;
import com.openplatform.notices.letter.Letters;
import com.openplatform.web.page.Downloads;
import com.openplatform.web.paging.PageDto;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** §6.4: the signed-in developer's written notices to the operator. */
@Path("/me/letters")
@Tag(name = "my-notices")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class MyLettersResource {

  @EJB Letters letters;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "writeLetter",
      summary = "Give the operator written notice (§6.4); a receipt follows in the inbox")
  @APIResponse(
      responseCode = "201",
      description = "Received, with its number",
      content = @Content(schema = @Schema(implementation = LetterView.class)))
  public Response write(LetterForm form) {
    LetterView letter = letters.write(form);
    return Response.created(uri.getAbsolutePathBuilder().path(letter.id()).build())
        .entity(letter)
        .build();
  }

  @GET
  @Operation(operationId = "myLetters", summary = "My written notices, newest first")
  public PageDto<LetterView> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(letters.mine(new PageRequest(first, max)), l -> l);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "myLetter", summary = "One of my written notices, with the answers")
  public LetterView get(@PathParam("id") String id) {
    return letters.get(id);
  }

  @POST
  @Path("/{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "attachToLetter",
      summary = "Attach a document (PDF, JPEG or PNG, judged from its content; at most five)")
  @APIResponse(
      responseCode = "201",
      description = "Attached",
      content = @Content(schema = @Schema(implementation = LetterView.class)))
  @APIResponse(responseCode = "409", description = "Closed, or five documents already")
  @APIResponse(responseCode = "413", description = "Larger than 5 MiB")
  @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response attach(
      @PathParam("id") String id,
      @Parameter(description = "The file name to show, e.g. evidence.pdf") @QueryParam("name")
          String name,
      InputStream body)
      throws IOException {
    byte[] content = DocumentCheck.read(body);
    if (content.length > DocumentCheck.MAX_BYTES) {
      throw new ProblemException(ProblemKind.Common.PAYLOAD_TOO_LARGE);
    }
    return Response.status(201).entity(letters.attach(id, name, content)).build();
  }

  @GET
  @Path("/{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "myLetterAttachment", summary = "A document of my written notice")
  @APIResponse(
      responseCode = "200",
      description = "The content, with its media type",
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response attachment(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    LetterAttachment a = letters.attachment(id, attachmentId);
    return Downloads.of(a.fileName(), a.mediaType(), a.content());
  }
}
