package com.openplatform.admin.account.api;

import com.openplatform.accounts.account.AccountDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Staff's directory of the tenant's developer accounts; another tenant's id answers 404. */
@Path("/accounts")
@RequestScoped
@RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @EJB AccountDirectory directory;

  @GET
  public List<AccountSummaryDto> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return directory.list(first, max).stream().map(AccountSummaryDto::of).toList();
  }

  @GET
  @Path("/{id}")
  public AccountSummaryDto get(@PathParam("id") String id) {
    return AccountSummaryDto.of(directory.get(id));
  }
}
