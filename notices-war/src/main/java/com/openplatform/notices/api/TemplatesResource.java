package com.openplatform.notices.api;

import com.openplatform.notices.notice.NoticeText;
import com.openplatform.notices.notice.TemplateDesk;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's wording of the notices other modules ask for, with a preview (§6.1). */
@Path("/templates")
@Tag(name = "notices")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("tenant-admin")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

  @EJB TemplateDesk desk;

  @GET
  @Operation(
      operationId = "listTemplates",
      summary = "Every topic's wording, own or the platform's")
  public List<TemplateDesk.TemplateView> list() {
    return desk.list();
  }

  @GET
  @Path("/{topic}")
  @Operation(operationId = "getTemplate", summary = "One topic's wording")
  public TemplateDesk.TemplateView get(@PathParam("topic") String topic) {
    return desk.get(topic);
  }

  @PUT
  @Path("/{topic}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setTemplate", summary = "Word a topic in the tenant's own terms")
  public TemplateDesk.TemplateView set(
      @PathParam("topic") String topic, TemplateDesk.TemplateForm form) {
    return desk.set(topic, form);
  }

  @DELETE
  @Path("/{topic}")
  @Operation(operationId = "resetTemplate", summary = "Back to the platform's wording")
  public TemplateDesk.TemplateView reset(@PathParam("topic") String topic) {
    return desk.reset(topic);
  }

  @POST
  @Path("/{topic}/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "previewTemplate",
      summary = "The topic's text with these values (sample ones for the others)")
  public NoticeText preview(@PathParam("topic") String topic, Map<String, String> values) {
    return desk.preview(topic, values);
  }
}
