package com.openplatform.admin.application.api;

import com.openplatform.apps.mark.ProtectedMarks;
import com.openplatform.apps.mark.ProtectedMarks.MarkView;
import com.openplatform.apps.mark.ProtectedMarks.NewMark;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's protected marks (§2.6.4(3)); tenant administrators keep them. */
@Path("/protected-marks")
@Tag(name = "apps")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProtectedMarksResource {

  @EJB ProtectedMarks marks;

  @GET
  @Operation(operationId = "listProtectedMarks", summary = "The marks application names must avoid")
  public List<MarkView> list() {
    return marks.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "addProtectedMark", summary = "Protect a mark (tenant administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Protected",
      content = @Content(schema = @Schema(implementation = MarkView.class)))
  @APIResponse(responseCode = "409", description = "Protected already")
  public Response add(NewMark body) {
    return Response.status(201).entity(marks.add(body)).build();
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "removeProtectedMark", summary = "Stop protecting a mark")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("id") String id) {
    marks.remove(id);
    return Response.noContent().build();
  }
}
