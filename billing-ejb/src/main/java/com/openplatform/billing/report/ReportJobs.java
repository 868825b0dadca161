package com.openplatform.billing.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fee reports of this node: jobs by id, their files under {@code
 * jboss.server.data.dir/fee-reports}. A finished report is kept for a day; a tenant's jobs are
 * visible to that tenant only.
 */
@ApplicationScoped
public class ReportJobs {

  static final Duration KEPT = Duration.ofDays(1);
  static final int PER_TENANT = 20;

  private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();

  void add(ReportJob job) {
    forget(Instant.now().minus(KEPT));
    jobs.put(job.id, job);
  }

  Optional<ReportJob> find(String tenant, String id) {
    return Optional.ofNullable(id).map(jobs::get).filter(j -> j.tenant.equals(tenant));
  }

  List<ReportJob> of(String tenant) {
    return jobs.values().stream()
        .filter(j -> j.tenant.equals(tenant))
        .sorted(Comparator.comparing((ReportJob j) -> j.createdAt).reversed())
        .limit(PER_TENANT)
        .toList();
  }

  long running(String tenant) {
    return jobs.values().stream()
        .filter(j -> j.tenant.equals(tenant))
        .filter(j -> j.state == ReportJob.State.QUEUED || j.state == ReportJob.State.RUNNING)
        .count();
  }

  /** The directory of a tenant's report files. */
  static Path directory(String tenant) {
    Path base =
        Path.of(
            System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
            "fee-reports",
            tenant);
    try {
      return Files.createDirectories(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void forget(Instant before) {
    jobs.values()
        .removeIf(
            j -> {
              boolean old = j.finishedAt != null && j.finishedAt.isBefore(before);
              if (old && j.file != null) {
                try {
                  Files.deleteIfExists(j.file);
                } catch (IOException e) {
                  // the file goes with the server's data directory
                }
              }
              return old;
            });
  }
}
