package com.openplatform.apps.mark;

import com.openplatform.apps.AppsData;
import com.openplatform.apps.naming.AppNames;
import com.openplatform.core.cache.Caches;
import com.openplatform.core.cache.TenantCache;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tenant's protected marks (§2.6.4(3), §2.5.7): its administrator keeps the list; every
 * application name is checked against it, from memory (invalidated on every node when the list
 * changes).
 */
@Stateless
public class ProtectedMarks {

  public static final int MARK_MAX = 100;
  static final String CACHE = "protected-marks";

  /** A mark as staff see it. */
  public record MarkView(
      @Schema(required = true, format = "uuid") String id,
      @Schema(required = true) String mark,
      @Schema(required = true) String createdBy,
      @Schema(required = true) Instant createdAt) {}

  /** The body of a new mark. */
  public record NewMark(@Schema(required = true, maxLength = MARK_MAX) String mark) {}

  @Inject Marks marks;
  @Inject Caches caches;

  private TenantCache<List<String>> cache() {
    return caches.cache(CACHE, Duration.ofMinutes(10), 1);
  }

  @RolesAllowed({"reviewer", "trust-safety", "tenant-admin"})
  public List<MarkView> list() {
    return marks.all().stream()
        .map(m -> new MarkView(m.id(), m.mark(), m.createdBy(), m.createdAt()))
        .toList();
  }

  @RolesAllowed("tenant-admin")
  public MarkView add(NewMark body) {
    String mark = body == null || body.mark() == null ? "" : body.mark().strip();
    String key = AppNames.normalize(mark);
    if (mark.isEmpty() || mark.length() > MARK_MAX || key.length() < 2) {
      throw new ProblemException(
          ProblemKind.Common.INVALID_INPUT,
          List.of(new FieldError("mark", mark.isEmpty() ? "required" : "invalid", null)));
    }
    if (marks.byKey(key).isPresent()) {
      throw new ProblemException(ProblemKind.Common.CONFLICT);
    }
    ProtectedMark added =
        new ProtectedMark(mark, key, TenantContext.caller().username(), Instant.now());
    marks.add(added);
    caches.invalidateAfterCommit(CACHE, CACHE);
    return new MarkView(added.id(), added.mark(), added.createdBy(), added.createdAt());
  }

  @RolesAllowed("tenant-admin")
  public void remove(String id) {
    ProtectedMark mark =
        marks.find(id).orElseThrow(() -> new ProblemException(ProblemKind.Common.NOT_FOUND));
    marks.remove(mark);
    caches.invalidateAfterCommit(CACHE, CACHE);
  }

  /**
   * The first protected mark the name uses or resembles, as its administrator wrote it. Open to
   * every caller: the registration of an application (its own gates) asks it.
   */
  @PermitAll
  public Optional<String> collision(String name) {
    List<String> all =
        cache()
            .get(
                TenantContext.tenant(),
                CACHE,
                () -> marks.all().stream().map(ProtectedMark::mark).toList());
    return AppNames.collision(name, all);
  }

  /** Tenant-bound access to the marks. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Marks extends AppsData {

    List<ProtectedMark> all() {
      return em().createNamedQuery("ProtectedMark.all", ProtectedMark.class).getResultList();
    }

    Optional<ProtectedMark> find(String id) {
      return Optional.ofNullable(id).map(i -> em().find(ProtectedMark.class, i));
    }

    Optional<ProtectedMark> byKey(String key) {
      return em().createNamedQuery("ProtectedMark.byKey", ProtectedMark.class)
          .setParameter("key", key)
          .getResultStream()
          .findFirst();
    }

    void add(ProtectedMark mark) {
      em().persist(mark);
    }

    void remove(ProtectedMark mark) {
      em().remove(mark);
    }
  }
}
