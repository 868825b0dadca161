package com.openplatform.notices.api;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.notices.announcement.Announcement;
import com.openplatform.notices.announcement.Announcements;
import com.openplatform.notices.announcement.AtomFeed;
import com.openplatform.web.paging.PageDto;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What anyone may read or do on the tenant's site without signing in: announcements (JSON and an
 * Atom feed) and the one-click unsubscribe of commercial mail (RFC 8058).
 */
@Path("/")
@RequestScoped
@PermitAll
public class AnnouncementsResource {

  @EJB Announcements announcements;

  @GET
  @Path("/announcements")
  @Tag(name = "announcements")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "announcements", summary = "Web announcements, newest first (§6.1)")
  public PageDto<Announcement> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return PageDto.of(announcements.list(new PageRequest(first, max)), a -> a);
  }

  @GET
  @Path("/announcements/feed")
  @Tag(name = "announcements")
  @Produces(AtomFeed.MEDIA_TYPE)
  @Operation(operationId = "announcementsFeed", summary = "The announcements as an Atom feed")
  public String feed() {
    String site = TenantHosts.fromSettings().baseUrl(TenantContext.tenant());
    return AtomFeed.of(site, announcements.list(new PageRequest(0, 50)).items());
  }

  @POST
  @Path("/unsubscribe/{id}")
  @Tag(name = "announcements")
  @Operation(
      operationId = "unsubscribe",
      summary = "One-click unsubscribe from commercial mail (RFC 8058, §6.3)")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "204",
      description = "Unsubscribed from commercial mail")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "404",
      description = "Not the link of a commercial mail of this tenant")
  public Response unsubscribe(@PathParam("id") String id) {
    announcements.unsubscribe(id);
    return Response.noContent().build();
  }

  /** The link opened in a browser: a page with the button (a GET never unsubscribes). */
  @GET
  @Path("/unsubscribe/{id}")
  @Tag(name = "announcements")
  @Produces(MediaType.TEXT_HTML)
  @Operation(operationId = "unsubscribePage", summary = "The unsubscribe link's page")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "303",
      description = "To the page with the unsubscribe button")
  public Response unsubscribePage(@PathParam("id") String id) {
    return Response.seeOther(java.net.URI.create("/notices/unsubscribe.xhtml?d=" + id)).build();
  }
}
