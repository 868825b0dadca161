package com.openplatform.apps.access;

import com.openplatform.accounts.api.Developers;
import com.openplatform.apps.application.ApplicationRepository;
import com.openplatform.apps.application.ApplicationState;
import com.openplatform.core.cache.Caches;
import com.openplatform.core.cache.TenantCache;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The operator runtime's question on its hot path (§2.8.2): may a new user start using app X, may
 * an existing user still sign in to it? Answered from memory; every change of an application (its
 * review, taking it offline) drops the cached answer on every node when it commits, so the next
 * request sees it.
 */
@Stateless
public class AccessDecisions {

  static final String CACHE = "app-access";

  /** Whose use is asked about. */
  public enum Use {
    NEW_USER,
    EXISTING_USER
  }

  /** The answer: allowed or not, and why (a stable code for programs). */
  public record Decision(
      @Schema(required = true) String appId,
      @Schema(required = true) Use use,
      @Schema(required = true) boolean allowed,
      @Schema(
              required = true,
              enumeration = {
                "approved",
                "unknown-app",
                "not-approved",
                "offline",
                "developer-sanctioned"
              })
          String reason) {}

  /**
   * What decides, cached per tenant and AppID: the app's state (null: no such app) and whether its
   * developer's applications may serve users ({@link Developers#appsServe}).
   */
  public record Standing(ApplicationState state, boolean developerServes) {}

  @Inject Caches caches;
  @Inject ApplicationRepository apps;
  @EJB Developers developers;
  @Resource SessionContext context;

  private TenantCache<Standing> cache() {
    return caches.cache(CACHE, Duration.ofMinutes(30), 100_000);
  }

  /**
   * The decision. No transaction of its own (the hot path answers from memory; beginning and ending
   * one per request was most of its cost beside the no-op); a miss loads in one ({@link #stateOf}).
   */
  @RolesAllowed({"runtime", "reviewer", "trust-safety", "tenant-admin"})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Decision decide(String appId, String use) {
    Use kind = parse(use);
    if (appId == null || appId.isBlank() || appId.length() > 40) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("appId", "invalid", null)));
    }
    return decision(appId, kind, standing(appId));
  }

  /** The cached standing of an app of the caller's tenant. */
  private Standing standing(String appId) {
    return cache()
        .get(
            TenantContext.tenant(),
            appId,
            () -> context.getBusinessObject(AccessDecisions.class).stateOf(appId));
  }

  /** An app of the caller's tenant's standing from the database. */
  @RolesAllowed({"runtime", "reviewer", "trust-safety", "tenant-admin"})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Standing stateOf(String appId) {
    return apps.byAppId(appId)
        .map(a -> new Standing(a.state(), developers.appsServe(a.developerId())))
        .orElse(new Standing(null, false));
  }

  /**
   * §2.8.2: an offline app is refused to everyone; an app under review or rejected to all. §2.1.3,
   * §5.4: an approved app of a developer whose account is suspended, terminated or banned too.
   */
  static Decision decision(String appId, Use use, Standing standing) {
    ApplicationState state = standing.state();
    if (state == null) {
      return new Decision(appId, use, false, "unknown-app");
    }
    return switch (state) {
      case APPROVED ->
          standing.developerServes()
              ? new Decision(appId, use, true, "approved")
              : new Decision(appId, use, false, "developer-sanctioned");
      case OFFLINE -> new Decision(appId, use, false, "offline");
      case SUBMITTED, REJECTED -> new Decision(appId, use, false, "not-approved");
    };
  }

  /** Drops the cached answer for an app, here and on every node, once the change commits. */
  @PermitAll
  public void changed(String appId) {
    if (appId != null) {
      caches.invalidateAfterCommit(CACHE, appId);
    }
  }

  private static Use parse(String use) {
    try {
      return Use.valueOf(
          Optional.ofNullable(use).orElse("").strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT, List.of(new FieldError("use", "invalid", null)));
    }
  }
}
