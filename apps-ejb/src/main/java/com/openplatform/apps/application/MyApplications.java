package com.openplatform.apps.application;

import com.openplatform.accounts.api.Developers;
import com.openplatform.accounts.api.Developers.DeveloperRef;
import com.openplatform.accounts.api.Gate;
import com.openplatform.apps.access.AccessDecisions;
import com.openplatform.apps.access.AddressRanges;
import com.openplatform.apps.access.AppSecrets;
import com.openplatform.apps.mark.ProtectedMarks;
import com.openplatform.core.config.Settings;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.paging.Page;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A developer's own applications: register (§2.5.6; names §2.5.7, §2.6.4(3)), change and submit
 * again after a rejection, read state and reasons, and get the AppSecret once (reset makes a new
 * one). Every operation finds the application among the caller's own; another developer's or
 * tenant's id answers 404.
 */
@Stateless
public class MyApplications {

  /** Default of the tenant policy {@code op.apps.max-per-developer}. */
  static final int DEFAULT_LIMIT = 10;

  /** A secret, shown once. */
  public record IssuedSecret(
      @Schema(required = true) String appId,
      @Schema(required = true, description = "Shown this once; Keycloak keeps only its digest")
          String appSecret,
      @Schema(required = true) Instant issuedAt,
      @Schema(
              required = true,
              description =
                  "Where the app exchanges AppID (client_id) and AppSecret (client_secret) for an"
                      + " access token: the realm's token endpoint, grant_type=client_credentials")
          String tokenEndpoint) {}

  @EJB Developers developers;
  @EJB ProtectedMarks marks;
  @EJB AccessDecisions access;
  @Inject ApplicationRepository apps;
  @Inject IdentityGateway identity;

  /**
   * §2.5.6, §2.5.7, §2.1.3: an active developer who accepted the agreement in force, and is not
   * restricted, registers an application; it passes the automatic checks and waits for review.
   */
  public ApplicationView register(ApplicationForm form) {
    DeveloperRef me = developers.signedIn(Gate.UNRESTRICTED);
    CheckedForm checked = CheckedForm.of(form);
    int limit = Integer.parseInt(Settings.get("op.apps.max-per-developer", "" + DEFAULT_LIMIT));
    if (apps.countOfDeveloper(me.id()) >= limit) {
      throw new ProblemException(AppProblem.LIMIT, limit);
    }
    checkName(checked, null);
    Instant now = Instant.now();
    Application app = new Application(me.id(), checked, now);
    apps.add(app);
    apps.record(new ApplicationEvent(app.id(), "submit", me.label(), null, now));
    apps.flush();
    return apps.developerView(app, me.label());
  }

  /** The caller's applications, newest first. */
  public Page<ApplicationView> mine(PageRequest page) {
    DeveloperRef me = developers.signedIn(Gate.AGREEMENT_ACCEPTED);
    return new Page<>(
        apps.ofDeveloper(me.id(), page.first(), page.max()).stream()
            .map(a -> apps.developerView(a, me.label()))
            .toList(),
        page.first(),
        page.max(),
        apps.countAllOfDeveloper(me.id()));
  }

  public ApplicationView get(String id) {
    Owned owned = own(id, Gate.AGREEMENT_ACCEPTED);
    return apps.developerView(owned.app(), owned.me().label());
  }

  /**
   * Changes an application and submits it for review again. §2.8.2: an application taken offline
   * stays offline even if modified.
   */
  public ApplicationView change(String id, ApplicationForm form) {
    Owned owned = ownLocked(id, Gate.UNRESTRICTED);
    Application app = owned.app();
    app.state().require(ApplicationState.Step.CHANGE);
    CheckedForm checked = CheckedForm.of(form);
    checkName(checked, app.id());
    Instant now = Instant.now();
    app.apply(checked, now);
    apps.record(new ApplicationEvent(app.id(), "resubmit", owned.me().label(), null, now));
    apps.flush();
    access.changed(app.appId());
    if (app.appId() != null) {
      // back in review: no tokens until a reviewer approves it again (the realm refuses a disabled
      // client); after the database took the change, so a refusal there changes nothing here
      identity.ensureAppClient(
          TenantContext.tenant(), app.appId(), app.name(), false, app.ipAllowList());
    }
    return apps.developerView(app, owned.me().label());
  }

  /**
   * A new AppSecret for an approved application, shown once; the previous one stops working at
   * once. Keycloak keeps only its digest ({@link AppSecrets}); the app uses it at the realm's token
   * endpoint.
   */
  public IssuedSecret newSecret(String id) {
    Owned owned = ownLocked(id, Gate.AGREEMENT_ACCEPTED);
    Application app = owned.app();
    app.state().require(ApplicationState.Step.ISSUE_SECRET);
    String secret = AppSecrets.newSecret();
    identity.setAppSecretDigest(TenantContext.tenant(), app.appId(), AppSecrets.digest(secret));
    Instant now = Instant.now();
    app.secretIssued(now);
    apps.record(new ApplicationEvent(app.id(), "secret", owned.me().label(), null, now));
    return new IssuedSecret(app.appId(), secret, now, tokenEndpoint());
  }

  /**
   * Where the tenant's applications get access tokens: the realm's own token endpoint, where the
   * platform's authenticator (keycloak-provider) holds each request against the app's standing,
   * AppSecret digest and IP allow-list.
   */
  public String tokenEndpoint() {
    return identity.tokenEndpoint(TenantContext.tenant());
  }

  /**
   * §2.2.3, §2.2.4: adds a licence or copyright document, checked like qualification documents.
   * Allowed until the application is taken offline; a document already reviewed stays as it was.
   */
  public ApplicationView.AppDocumentView upload(
      String id, String kind, String fileName, byte[] content) {
    Owned owned = own(id, Gate.UNRESTRICTED);
    Application app = owned.app();
    app.state().require(ApplicationState.Step.AMEND);
    Instant now = Instant.now();
    ApplicationDocument document =
        Documents.checked(app.id(), kind, fileName, content, owned.me().label(), now);
    apps.add(document);
    apps.record(
        new ApplicationEvent(
            app.id(), "document", owned.me().label(), document.kind().name(), now));
    return ApplicationView.AppDocumentView.of(document);
  }

  /** One of the caller's application's documents. */
  public Documents.Content document(String id, String documentId) {
    Application app = own(id, Gate.AGREEMENT_ACCEPTED).app();
    return apps.document(app.id(), documentId)
        .map(Documents.Content::of)
        .orElseThrow(() -> new ProblemException(AppProblem.NOT_FOUND));
  }

  /**
   * Sets the IP allow-list of the app's credentials: tokens are then issued only to requests from
   * these addresses and blocks (an empty list: from anywhere). Takes effect at the next token
   * request: the realm's token endpoint holds the request against the list the app's client carries
   * (written here when the app has a client, at approval otherwise).
   */
  public ApplicationView allowFrom(String id, List<String> entries) {
    Owned owned = ownLocked(id, Gate.UNRESTRICTED);
    Application app = owned.app();
    app.state().require(ApplicationState.Step.AMEND);
    List<FieldError> errors = new ArrayList<>();
    List<String> ranges = AddressRanges.check(entries, "ipAllowList", errors);
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    Instant now = Instant.now();
    app.allowFrom(ranges, now);
    apps.record(
        new ApplicationEvent(
            app.id(),
            "allow-list",
            owned.me().label(),
            ranges.isEmpty() ? null : String.join(" ", ranges),
            now));
    apps.flush();
    access.changed(app.appId());
    if (app.appId() != null) {
      identity.setAppAllowList(TenantContext.tenant(), app.appId(), ranges);
    }
    return apps.developerView(app, owned.me().label());
  }

  /** The signed-in developer (passing {@code gate}) and one of their applications. */
  private record Owned(DeveloperRef me, Application app) {}

  private Owned own(String id, Gate gate) {
    DeveloperRef me = developers.signedIn(gate);
    return new Owned(me, mine(apps.find(id), me));
  }

  /**
   * {@link #own}, the row locked until the transaction ends: operations that change the app's
   * client in Keycloak as well take turns (a reset racing an allow-list change or an offline could
   * otherwise leave Keycloak with the older value).
   */
  private Owned ownLocked(String id, Gate gate) {
    DeveloperRef me = developers.signedIn(gate);
    return new Owned(me, mine(apps.findLocked(id), me));
  }

  private static Application mine(Optional<Application> found, DeveloperRef me) {
    return found
        .filter(a -> a.developerId().equals(me.id()))
        .orElseThrow(() -> new ProblemException(AppProblem.NOT_FOUND));
  }

  /**
   * §2.5.7: unique per tenant after normalisation; §2.6.4(3): no protected mark used or resembled.
   */
  private void checkName(CheckedForm form, String self) {
    apps.byNameKey(form.nameKey())
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ProblemException(AppProblem.NAME_TAKEN, form.name());
            });
    marks
        .collision(form.name())
        .ifPresent(
            mark -> {
              throw new ProblemException(AppProblem.NAME_PROTECTED, mark);
            });
  }
}
