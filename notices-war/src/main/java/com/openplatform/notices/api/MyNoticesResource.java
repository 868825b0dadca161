package com.openplatform.notices.api;

import com.openplatform.core.notice.NoticeBadge;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.notices.delivery.DeliveryView;
import com.openplatform.notices.inbox.InboxMessage;
import com.openplatform.notices.inbox.MyNotices;
import com.openplatform.notices.inbox.PhoneCode;
import com.openplatform.notices.inbox.PhoneStatus;
import com.openplatform.notices.inbox.Preferences;
import com.openplatform.notices.notice.NoticeProblem;
import com.openplatform.web.paging.PageDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in developer's notices: inbox, prompts, deliveries, preferences (§6.1–§6.3). */
@Path("/me")
@Tag(name = "my-notices")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class MyNoticesResource {

  @EJB MyNotices notices;

  @GET
  @Path("/inbox")
  @Operation(operationId = "myInbox", summary = "Internal mail, newest first (or the archive)")
  public PageDto<InboxMessage> inbox(
      @QueryParam("archived") @DefaultValue("false") boolean archived,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(notices.inbox(archived, new PageRequest(first, max)), m -> m);
  }

  @GET
  @Path("/counts")
  @Operation(operationId = "myNoticeCounts", summary = "Unread messages and open prompts")
  public NoticeBadge.Counts counts() {
    return notices.counts();
  }

  @GET
  @Path("/inbox/{id}")
  @Operation(operationId = "myMessage", summary = "One message of the inbox")
  public InboxMessage message(@PathParam("id") String id) {
    return notices.message(id);
  }

  @PUT
  @Path("/inbox/{id}/read")
  @Operation(operationId = "markRead", summary = "Mark a message read")
  public InboxMessage read(@PathParam("id") String id) {
    return notices.markRead(id, true);
  }

  @DELETE
  @Path("/inbox/{id}/read")
  @Operation(operationId = "markUnread", summary = "Mark a message unread")
  public InboxMessage unread(@PathParam("id") String id) {
    return notices.markRead(id, false);
  }

  @PUT
  @Path("/inbox/{id}/archived")
  @Operation(operationId = "archiveMessage", summary = "Move a message to the archive")
  public InboxMessage archive(@PathParam("id") String id) {
    return notices.archive(id, true);
  }

  @DELETE
  @Path("/inbox/{id}/archived")
  @Operation(operationId = "unarchiveMessage", summary = "Move a message back to the inbox")
  public InboxMessage unarchive(@PathParam("id") String id) {
    return notices.archive(id, false);
  }

  @GET
  @Path("/prompts")
  @Operation(operationId = "myPrompts", summary = "Prompts not acknowledged yet (§6.1)")
  public List<InboxMessage> prompts() {
    return notices.prompts();
  }

  @POST
  @Path("/prompts/{id}/acknowledgement")
  @Operation(operationId = "acknowledgePrompt", summary = "Acknowledge a prompt")
  public InboxMessage acknowledge(@PathParam("id") String id) {
    return notices.acknowledge(id);
  }

  @GET
  @Path("/deliveries")
  @Operation(
      operationId = "myDeliveries",
      summary = "Everything sent to me, on every channel, and when (§6.2)")
  public PageDto<DeliveryView> deliveries(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(notices.deliveries(new PageRequest(first, max)), d -> d);
  }

  @GET
  @Path("/phone")
  @Operation(
      operationId = "myPhone",
      summary = "The phone SMS go to (the materials' contact phone) and whether it is confirmed")
  public PhoneStatus phone() {
    return notices.phone();
  }

  @POST
  @Path("/phone/codes")
  @Operation(operationId = "sendPhoneCode", summary = "Send a code by SMS to confirm the phone")
  @APIResponse(
      responseCode = "200",
      description = "Sent",
      content = @Content(schema = @Schema(implementation = PhoneStatus.class)))
  @APIResponse(responseCode = "409", description = "The materials give no contact phone")
  @APIResponse(responseCode = "429", description = "A code was sent less than a minute ago")
  public PhoneStatus sendPhoneCode() {
    return notices.sendPhoneCode();
  }

  @POST
  @Path("/phone/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "confirmPhone", summary = "Confirm the phone with the code it received")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed",
      content = @Content(schema = @Schema(implementation = PhoneStatus.class)))
  @APIResponse(responseCode = "400", description = "Not the code, or used up, or too old")
  public PhoneStatus confirmPhone(PhoneCode code) {
    PhoneStatus status = notices.confirmPhone(code);
    if (!status.confirmed()) {
      // after the EJB's transaction, which keeps the used-up attempt
      throw new ProblemException(NoticeProblem.PHONE_CODE_WRONG);
    }
    return status;
  }

  @GET
  @Path("/preferences")
  @Operation(operationId = "myPreferences", summary = "Commercial messages per channel (§6.3)")
  public Preferences preferences() {
    return notices.preferences();
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setMyPreferences", summary = "Choose commercial messages per channel")
  public Preferences setPreferences(Preferences preferences) {
    return notices.setPreferences(preferences);
  }
}
