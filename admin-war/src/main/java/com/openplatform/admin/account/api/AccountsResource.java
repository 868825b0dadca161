package com.openplatform.admin.account.api;

import com.openplatform.accounts.account.AccountAction;
import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountEnforcement;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's directory of the tenant's developer accounts; another tenant's id answers 404. */
@Path("/accounts")
@Tag(name = "accounts")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @EJB AccountDirectory directory;
  @EJB AccountEnforcement enforcement;

  /** Accounts whose email or QQ number contains {@code q} ({@code email} is its older name). */
  @GET
  @Operation(
      operationId = "listAccounts",
      summary = "Accounts whose email or QQ number contains q, a page at a time")
  public PageDto<AccountSummaryDto> list(
      @QueryParam("q") String query,
      @QueryParam("email") String email,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max,
      @QueryParam("sort") String sort) {
    return PageDto.of(
        directory.search(query != null ? query : email, new PageRequest(first, max), sort),
        AccountSummaryDto::of);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getAccount", summary = "One account of this tenant")
  public AccountSummaryDto get(@PathParam("id") String id) {
    return AccountSummaryDto.of(directory.get(id));
  }

  /** The account's status history: every named operation, by whom, why and when. */
  @GET
  @Path("/{id}/status-changes")
  @RolesAllowed({"trust-safety", "tenant-admin"})
  @Operation(
      operationId = "listStatusChanges",
      summary = "The account's status history: every operation, by whom, why, when")
  public List<StatusChangeDto> history(@PathParam("id") String id) {
    return enforcement.history(id).stream().map(StatusChangeDto::of).toList();
  }

  /** Restricts, suspends, reinstates, terminates or bans the account (§2.1.3, §2.8, §5). */
  @POST
  @Path("/{id}/status-changes")
  @RolesAllowed({"trust-safety", "tenant-admin"})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeAccountStatus",
      summary = "Restrict, suspend, reinstate, terminate or ban the account (§2.1.3, §2.8, §5)")
  @APIResponse(responseCode = "200", description = "The account with its new status")
  @APIResponse(
      responseCode = "409",
      description = "The change is not allowed from the account's status")
  public AccountSummaryDto change(@PathParam("id") String id, StatusChangeRequestDto body) {
    AccountAction action =
        AccountAction.ofCode(body == null ? null : body.action())
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemKind.Common.INVALID_INPUT,
                        List.of(new FieldError("action", "invalid", null))));
    return AccountSummaryDto.of(enforcement.apply(id, action, body.reason()));
  }
}
