package com.openplatform.admin.qualification.api;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.accounts.qualification.QualificationReview;
import com.openplatform.web.page.Downloads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Reviewers read a developer's materials (§2.2, §2.4): the current version, every version, the
 * documents.
 */
@Path("/accounts/{id}/qualification")
@RequestScoped
@RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class QualificationReviewResource {

  @EJB QualificationReview review;

  @GET
  public MaterialsView current(@PathParam("id") String accountId) {
    return review.current(accountId);
  }

  @GET
  @Path("/versions")
  public List<MaterialsView> versions(@PathParam("id") String accountId) {
    return review.versions(accountId);
  }

  @GET
  @Path("/documents/{document}")
  @Produces(MediaType.WILDCARD)
  public Response download(
      @PathParam("id") String accountId, @PathParam("document") String documentId) {
    DocumentContent d = review.download(accountId, documentId);
    return Downloads.of(d.document().fileName(), d.document().mediaType(), d.content());
  }
}
