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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reviewers read a developer's materials (§2.2, §2.4): the current version, every version, the
 * documents.
 */
@Path("/accounts/{id}/qualification")
@Tag(name = "qualification")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class QualificationReviewResource {

  @EJB QualificationReview review;

  @GET
  @Operation(operationId = "getAccountQualification", summary = "The account's current materials")
  public MaterialsView current(@PathParam("id") String accountId) {
    return review.current(accountId);
  }

  @GET
  @Path("/versions")
  @Operation(
      operationId = "listAccountQualificationVersions",
      summary = "Every version of the account's materials")
  public List<MaterialsView> versions(@PathParam("id") String accountId) {
    return review.versions(accountId);
  }

  @GET
  @Path("/documents/{document}")
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "downloadAccountDocument", summary = "A document's content")
  @APIResponse(responseCode = "200", description = "The content, with its media type")
  public Response download(
      @PathParam("id") String accountId, @PathParam("document") String documentId) {
    DocumentContent d = review.download(accountId, documentId);
    return Downloads.of(d.document().fileName(), d.document().mediaType(), d.content());
  }
}
