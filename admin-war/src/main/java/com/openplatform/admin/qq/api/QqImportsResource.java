package com.openplatform.admin.qq.api;

import com.openplatform.accounts.qq.ImportReport;
import com.openplatform.accounts.qq.QqAccountImport;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports an operator's existing QQ-number users (§2.1.1) from a JSON or CSV file sent as the body
 * (tenant administrators). The answer reports what was imported and why each other row was not.
 */
@Path("/qq-imports")
@Tag(name = "qq-import")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed("tenant-admin")
@Produces(MediaType.APPLICATION_JSON)
public class QqImportsResource {

  static final int MAX_BYTES = 512 * 1024;

  @EJB QqAccountImport imports;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(
      operationId = "importQqAccounts",
      summary =
          "Import the operator's existing QQ-number users (JSON or CSV) with Keycloak-importable password hashes")
  @APIResponse(
      responseCode = "200",
      description = "What was imported and what was refused, row by row")
  @APIResponse(responseCode = "413", description = "The file is too large")
  public ImportReport importFile(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) throws IOException {
    byte[] content = body.readNBytes(MAX_BYTES + 1);
    if (content.length > MAX_BYTES) {
      throw new ProblemException(ProblemKind.Common.PAYLOAD_TOO_LARGE);
    }
    return imports.importFile(type, content);
  }
}
