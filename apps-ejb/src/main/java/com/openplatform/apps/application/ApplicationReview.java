package com.openplatform.apps.application;

import com.openplatform.accounts.api.Developers;
import com.openplatform.apps.access.AccessDecisions;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.notice.NoticeRequest;
import com.openplatform.core.notice.NoticeRequests;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.paging.Sort;
import com.openplatform.core.persistence.AfterCompletion;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Staff review of applications (§2.5.7): the queue, approve (an AppID and the app's confidential
 * client in the tenant's realm), reject with reasons; trust & safety take an application offline
 * (§2.8.2). Each step checks the state it starts from, is recorded with actor and time, and drops
 * the access decision cached for the app on every node.
 */
@Stateless
@RolesAllowed({"reviewer", "tenant-admin"})
public class ApplicationReview {

  public static final int REASON_MAX = 2000;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ApplicationRepository apps;
  @Inject IdentityGateway identity;
  @EJB AccessDecisions access;
  @EJB Developers developers;
  @Inject NoticeRequests notices;
  @Resource TransactionSynchronizationRegistry transactions;

  private static final Logger LOG = Logger.getLogger(ApplicationReview.class.getName());

  /**
   * The applications in a state (default: waiting for review), oldest first unless sorted by {@code
   * createdAt}, {@code updatedAt} or {@code name} ({@code -field} descending).
   */
  @RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
  public Page<ApplicationView> queue(ApplicationState requested, PageRequest page, String sort) {
    ApplicationState state = requested == null ? ApplicationState.SUBMITTED : requested;
    Sort order = Sort.parse(sort, ApplicationRepository.SORTABLE, ApplicationRepository.OLDEST);
    return new Page<>(
        apps.inState(state, page.first(), page.max(), order).stream().map(apps::view).toList(),
        page.first(),
        page.max(),
        apps.countInState(state));
  }

  @RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
  public ApplicationView get(String id) {
    return apps.view(find(id));
  }

  public ApplicationView approve(String id, String note) {
    Application app = locked(id);
    app.state().require(ApplicationState.Step.APPROVE);
    requireDocuments(app);
    Instant now = Instant.now();
    String appId = app.appId() != null ? app.appId() : newAppId();
    app.approve(appId, now);
    step(app, "approve", optional(note), now);
    tell(
        app,
        "app.approved",
        now,
        "appId",
        appId,
        "note",
        optional(note) == null ? "" : "\n\n" + optional(note));
    // the client last, once the database took the approval: Keycloak down → nothing changed; the
    // rare commit that fails after it → the client is disabled again (§2.8.2: only an approved
    // app gets tokens at the realm's endpoint)
    if (developers.appsServe(app.developerId())) {
      enableAfterApproval(appId, app.name(), app.ipAllowList());
    } else {
      // §2.1.3, §5.4: approved, but its developer's applications serve no one until reinstated
      identity.ensureAppClient(TenantContext.tenant(), appId, app.name(), false, app.ipAllowList());
    }
    return apps.view(app);
  }

  public ApplicationView reject(String id, String reasons) {
    Application app = find(id);
    developers.refuseOwnCase(app.developerId());
    app.state().require(ApplicationState.Step.REJECT);
    Instant now = Instant.now();
    app.reject(now);
    step(app, "reject", required(reasons), now);
    tell(app, "app.rejected", now, "reasons", required(reasons));
    return apps.view(app);
  }

  /** §2.8.2: offline for good; it may return only as a new application. */
  @RolesAllowed({"trust-safety", "tenant-admin"})
  public ApplicationView takeOffline(String id, String reasons) {
    Application app = locked(id);
    app.state().require(ApplicationState.Step.TAKE_OFFLINE);
    String why = required(reasons);
    if (app.appId() != null) {
      // first: should the database then fail, the app is refused tokens all the same
      identity.ensureAppClient(
          TenantContext.tenant(), app.appId(), app.name(), false, app.ipAllowList());
    }
    Instant now = Instant.now();
    app.takeOffline(now);
    step(app, "offline", why, now);
    tell(app, "app.offline", now, "reasons", why);
    return apps.view(app);
  }

  /**
   * Enables the approved app's client (made if new) and, should the approval's transaction not
   * commit after all, disables it again when that transaction ends.
   */
  private void enableAfterApproval(String appId, String name, List<String> allowList) {
    TenantId tenant = TenantContext.tenant();
    // registered first: should the enabling call fail after Keycloak applied it (a timeout), the
    // rollback that follows disables the client all the same
    AfterCompletion.register(
        transactions,
        status -> {
          if (status != Status.STATUS_COMMITTED) {
            try {
              identity.ensureAppClient(tenant, appId, name, false, allowList);
            } catch (RuntimeException e) {
              LOG.log(
                  Level.SEVERE,
                  "approval of "
                      + appId
                      + " rolled back; its client stays enabled until the next"
                      + " client sync",
                  e);
            }
          }
        });
    identity.ensureAppClient(tenant, appId, name, true, allowList);
  }

  /** The content of one of an application's documents, for review (§2.2.3, §2.2.4). */
  @RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
  public Documents.Content document(String id, String documentId) {
    Application app = find(id);
    return apps.document(app.id(), documentId)
        .map(Documents.Content::of)
        .orElseThrow(() -> new ProblemException(AppProblem.NOT_FOUND));
  }

  /** §2.2.3, §2.2.4: the category's documents are there before an approval. */
  private void requireDocuments(Application app) {
    java.util.Set<DocumentKind> missing =
        Documents.missing(app.category(), apps.documents(app.id()));
    if (!missing.isEmpty()) {
      throw new ProblemException(
          AppProblem.DOCUMENTS_MISSING,
          String.join(", ", missing.stream().map(Enum::name).toList()));
    }
  }

  /**
   * §2.5.6, §2.8.2, §6.1: the developer is told of each decision about their application (inbox and
   * email), with the decision's transaction.
   */
  private void tell(Application app, String topic, Instant now, String... variables) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    values.put("app", app.name());
    values.put(
        "link",
        TenantHosts.fromSettings().baseUrl(TenantContext.tenant())
            + "/portal/account/app.xhtml?id="
            + app.id());
    for (int i = 0; i + 1 < variables.length; i += 2) {
      values.put(variables[i], variables[i + 1]);
    }
    notices.send(
        NoticeRequest.legalTo(
            app.developerId(), topic, values, topic + ":" + app.id() + ":" + now.toEpochMilli()));
  }

  private void step(Application app, String action, String reason, Instant now) {
    apps.record(
        new ApplicationEvent(app.id(), action, TenantContext.caller().username(), reason, now));
    apps.flush();
    access.changed(app.appId());
  }

  private Application find(String id) {
    return apps.find(id).orElseThrow(() -> new ProblemException(AppProblem.NOT_FOUND));
  }

  /**
   * The application, its row locked until the transaction ends: operations that change its client
   * in Keycloak as well take turns, so their writes there come in the order of the database's.
   */
  private Application locked(String id) {
    Application app =
        apps.findLocked(id).orElseThrow(() -> new ProblemException(AppProblem.NOT_FOUND));
    // §2.5.7: a staff member who is also this app's developer decides nothing about it
    developers.refuseOwnCase(app.developerId());
    return app;
  }

  private static String required(String reasons) {
    String r = optional(reasons);
    if (r == null) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("reason", "required", null)));
    }
    return r;
  }

  private static String optional(String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() > REASON_MAX) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("reason", "too-long", null)));
    }
    return t.isEmpty() ? null : t;
  }

  /** An AppID: "op" and 16 random hex digits, unique by its randomness (and a unique key). */
  static String newAppId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return "op" + HexFormat.of().formatHex(bytes);
  }
}
