package com.openplatform.notices.api;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.delivery.Delivery;
import com.openplatform.notices.delivery.DeliveryView;
import com.openplatform.notices.notice.ComposeRequest;
import com.openplatform.notices.notice.NoticeDesk;
import com.openplatform.notices.notice.NoticeView;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's notices (§6.1–§6.3): compose, audience size, progress, deliveries, dead letters. */
@Path("/notices")
@Tag(name = "notices")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed({"tenant-admin", "trust-safety"})
@Produces(MediaType.APPLICATION_JSON)
public class StaffNoticesResource {

  @EJB NoticeDesk desk;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "composeNotice",
      summary = "Send a notice to one developer, a segment or everyone (§6.1)",
      description =
          "Made at once whatever the audience; recipients are found and served in the"
              + " background. The same requestKey sent again answers the notice made the first"
              + " time.")
  @APIResponse(
      responseCode = "201",
      description = "Made; its progress follows",
      content = @Content(schema = @Schema(implementation = NoticeView.class)))
  @APIResponse(responseCode = "409", description = "A channel or audience that does not fit")
  public Response compose(ComposeRequest request) {
    NoticeView notice = desk.compose(request);
    return Response.created(uri.getAbsolutePathBuilder().path(notice.id()).build())
        .entity(notice)
        .build();
  }

  @POST
  @Path("/audience-size")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "audienceSize", summary = "How many developers an audience reaches now")
  public Map<String, Long> audienceSize(ComposeRequest.AudienceForm audience) {
    return Map.of("recipients", desk.audienceSize(audience));
  }

  @GET
  @Operation(operationId = "listNotices", summary = "Notices, newest first, with their progress")
  public PageDto<NoticeView> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(desk.list(new PageRequest(first, max)), n -> n);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getNotice", summary = "One notice and its progress")
  public NoticeView get(@PathParam("id") String id) {
    return desk.get(id);
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      operationId = "noticeDeliveries",
      summary = "The notice's deliveries (§6.2), in one state or all")
  public PageDto<DeliveryView> deliveries(
      @PathParam("id") String id,
      @QueryParam("state") Delivery.State state,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(desk.deliveries(id, state, new PageRequest(first, max)), d -> d);
  }

  @GET
  @Path("/developers/{developerId}/deliveries")
  @Operation(operationId = "developerDeliveries", summary = "Everything sent to one developer")
  public PageDto<DeliveryView> ofDeveloper(
      @PathParam("developerId") String developerId,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(desk.ofDeveloper(developerId, new PageRequest(first, max)), d -> d);
  }

  @GET
  @Path("/dead-letters")
  @Operation(operationId = "deadLetters", summary = "Deliveries that failed every attempt")
  public PageDto<DeliveryView> deadLetters(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(desk.deadLetters(new PageRequest(first, max)), d -> d);
  }

  @POST
  @Path("/dead-letters/{deliveryId}/retry")
  @Operation(operationId = "retryDeadLetter", summary = "Send a dead letter again")
  @APIResponse(
      responseCode = "200",
      description = "Pending again",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(responseCode = "409", description = "Not a dead letter")
  public DeliveryView retry(@PathParam("deliveryId") String deliveryId) {
    return desk.retry(deliveryId);
  }
}
