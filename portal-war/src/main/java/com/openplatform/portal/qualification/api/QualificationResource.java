package com.openplatform.portal.qualification.api;

import com.openplatform.accounts.qualification.DocumentContent;
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

/**
 * The developer's own subject and qualification materials (§1.1, §2.2). Documents are uploaded as
 * the request body ({@code ?name=licence.pdf}); their type is judged from their content.
 */
@Path("/accounts/me/qualification")
@RequestScoped
@RolesAllowed("developer")
@Produces(MediaType.APPLICATION_JSON)
public class QualificationResource {

  @EJB QualificationMaterials materials;

  /** 200 with the current version, 204 when nothing was submitted yet. */
  @GET
  public Response current() {
    return materials.current().map(v -> Response.ok(v)).orElse(Response.noContent()).build();
  }

  @GET
  @Path("/versions")
  public List<MaterialsView> versions() {
    return materials.versions();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public MaterialsView submit(MaterialsForm body) {
    if (body == null) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT);
    }
    return materials.submit(body);
  }

  @POST
  @Path("/documents")
  @Consumes(MediaType.WILDCARD)
  public Response upload(@QueryParam("name") String name, InputStream body) throws IOException {
    byte[] content = body.readNBytes(QualificationMaterials.MAX_DOCUMENT_BYTES + 1);
    if (content.length > QualificationMaterials.MAX_DOCUMENT_BYTES) {
      throw new ProblemException(ProblemKind.Common.PAYLOAD_TOO_LARGE);
    }
    return Response.status(201).entity(materials.upload(name, content)).build();
  }

  @GET
  @Path("/documents/{id}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") String id) {
    return download(materials.download(id));
  }

  @DELETE
  @Path("/documents/{id}")
  public MaterialsView remove(@PathParam("id") String id) {
    return materials.remove(id);
  }

  private static Response download(DocumentContent d) {
    return Downloads.of(d.document().fileName(), d.document().mediaType(), d.content());
  }
}
