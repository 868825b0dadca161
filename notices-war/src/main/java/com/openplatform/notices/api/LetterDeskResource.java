package com.openplatform.notices.api;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.letter.Letter;
import com.openplatform.notices.letter.LetterAttachment;
import com.openplatform.notices.letter.LetterDesk;
import com.openplatform.notices.letter.LetterView;
import com.openplatform.notices.letter.ReplyForm;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** §6.4: staff's queue of developers' written notices: read, answer, close. */
@Path("/letters")
@Tag(name = "notices")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed({"tenant-admin", "trust-safety", "reviewer"})
@Produces(MediaType.APPLICATION_JSON)
public class LetterDeskResource {

  @EJB LetterDesk desk;

  @GET
  @Operation(operationId = "letterQueue", summary = "Written notices, newest first, by state")
  public PageDto<LetterView> queue(
      @QueryParam("state") Letter.State state,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(desk.queue(state, new PageRequest(first, max)), l -> l);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getLetter", summary = "One written notice with its documents")
  public LetterView get(@PathParam("id") String id) {
    return desk.get(id);
  }

  @POST
  @Path("/{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "replyToLetter", summary = "Answer (the developer is told)")
  @APIResponse(
      responseCode = "200",
      description = "Answered",
      content = @Content(schema = @Schema(implementation = LetterView.class)))
  @APIResponse(responseCode = "409", description = "Closed")
  public LetterView reply(@PathParam("id") String id, ReplyForm form) {
    return desk.reply(id, form);
  }

  @POST
  @Path("/{id}/closure")
  @Operation(operationId = "closeLetter", summary = "Close a written notice")
  public LetterView close(@PathParam("id") String id) {
    return desk.close(id);
  }

  @GET
  @Path("/{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "letterAttachment", summary = "A document of a written notice")
  @APIResponse(
      responseCode = "200",
      description = "The content, with its media type",
      content =
          @Content(
              mediaType = "application/octet-stream",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response attachment(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    LetterAttachment a = desk.attachment(id, attachmentId);
    return Downloads.of(a.fileName(), a.mediaType(), a.content());
  }
}
