package com.openplatform.billing.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.billing.money.Money;
import com.openplatform.billing.report.FeeReport.Format;
import com.openplatform.billing.report.FeeReport.Params;
import com.openplatform.billing.report.FeeReport.Progress;
import com.openplatform.billing.report.FeeReport.Row;
import com.openplatform.billing.report.FeeReport.Totals;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (surefire runs it only with {@code -Pbench}, in a JVM of {@code -Xmx512m}):
 * {@link FeeReport#export} of a million ledger rows against raw JasperReports filling the same
 * compiled report from a {@link JRBeanCollectionDataSource} of the same rows, through the same swap
 * virtualizer and exporter settings, in the same run. Goal: ≤ 1.2 × the baseline's time, heap ≤ 512
 * MiB. Writes {@code target/bench/fee-report.md}.
 *
 * <p>{@code -Dop.bench.rows=N} (default 1,000,000), {@code -Dop.bench.formats=PDF,CSV,XLSX}.
 */
class FeeReportBench {

  static final int ROWS = Integer.getInteger("op.bench.rows", 1_000_000);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant START = LocalDate.of(2026, 1, 1).atStartOfDay(SHANGHAI).toInstant();
  static final Params PARAMS =
      new Params(
          "示例租户 Bench",
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          SHANGHAI,
          Locale.SIMPLIFIED_CHINESE,
          List.of());

  @TempDir Path swap;

  /** Row {@code i} of the synthetic ledger: one entry every 30 s, every tenth a refund. */
  static Row row(int i) {
    boolean refund = i % 10 == 9;
    return new Row(
        START.plusSeconds(30L * i),
        "VO-" + (refund ? i - 9 : i),
        DEVELOPERS[i % DEVELOPERS.length],
        "企业认证",
        refund ? "REFUNDED" : "APPROVED",
        i % 3 == 0 ? null : "北京审核中心",
        refund ? Row.REFUND : Row.PAYMENT,
        refund ? -30000 : 30000 + i % 100,
        "CNY");
  }

  static final String[] DEVELOPERS = new String[500];

  static {
    for (int i = 0; i < DEVELOPERS.length; i++) {
      DEVELOPERS[i] = (i % 2 == 0 ? "张三科技有限公司 " : "Acme Software Ltd ") + i;
    }
  }

  /** The baseline's bean: the report's fields as getters, made from the same row. */
  public static final class LedgerBean {
    private final Row row;

    LedgerBean(Row row) {
      this.row = row;
    }

    public Date getAt() {
      return Date.from(row.at());
    }

    public String getOrderId() {
      return row.orderId();
    }

    public String getDeveloper() {
      return row.developer();
    }

    public String getService() {
      return row.service();
    }

    public String getStatus() {
      return row.status();
    }

    public String getReviewerOrganisation() {
      return row.reviewerOrganisation();
    }

    public String getEntryKind() {
      return row.entryKind();
    }

    public BigDecimal getAmount() {
      return new Money(row.amountMinor(), Money.CNY).major();
    }
  }

  record Run(
      String what,
      Format format,
      long millis,
      long peakUsedMiB,
      long maxLiveMiB,
      long bytes,
      long swapMiB) {}

  @Test
  void exportAgainstRawJasperReports() throws Exception {
    List<Format> formats =
        Stream.of(System.getProperty("op.bench.formats", "PDF,CSV,XLSX").split(","))
            .map(Format::valueOf)
            .toList();
    HeapWatch heap = new HeapWatch();
    for (Format format : formats) { // warm-up: JIT, fonts, compiled report
      baseline(format, 20_000, heap);
      ours(format, 20_000, heap);
    }
    List<Run> runs = new ArrayList<>();
    for (Format format : formats) {
      runs.add(baseline(format, ROWS, heap));
      System.out.println(runs.get(runs.size() - 1));
      runs.add(ours(format, ROWS, heap));
      System.out.println(runs.get(runs.size() - 1));
    }
    String report = table(runs);
    System.out.println(report);
    Path out = Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(out.resolve("fee-report.md"), report);
  }

  private Run baseline(Format format, int rows, HeapWatch heap) throws IOException {
    List<LedgerBean> beans =
        new AbstractList<>() {
          @Override
          public LedgerBean get(int index) {
            return new LedgerBean(row(index));
          }

          @Override
          public int size() {
            return rows;
          }
        };
    return measure(
        "raw JasperReports, bean source",
        format,
        heap,
        (out, progress) -> {
          FeeReport.fillAndExport(
              new JRBeanCollectionDataSource(beans),
              FeeReport.fillParameters(PARAMS, format, Money.CNY),
              format,
              out,
              progress,
              swap,
              () -> null);
        });
  }

  private Run ours(Format format, int rows, HeapWatch heap) throws IOException {
    Iterator<Row> ledger =
        new Iterator<>() {
          int next;

          @Override
          public boolean hasNext() {
            return next < rows;
          }

          @Override
          public Row next() {
            return row(next++);
          }
        };
    return measure(
        "FeeReport.export, iterator",
        format,
        heap,
        (out, progress) -> {
          Totals totals = FeeReport.export(ledger, PARAMS, format, out, progress, swap);
          assertThat(totals.rows()).isEqualTo(rows);
          assertThat(totals.netMinor()).isEqualTo(totals.paymentsMinor() + totals.refundsMinor());
        });
  }

  interface Export {
    void run(OutputStream out, Progress progress) throws IOException;
  }

  private Run measure(String what, Format format, HeapWatch heap, Export export)
      throws IOException {
    System.gc();
    heap.reset();
    AtomicLong swapBytes = new AtomicLong();
    Progress progress =
        new Progress() {
          @Override
          public void rows(long filled) {}

          @Override
          public void pages(int exported, int total) {
            if (swapBytes.get() == 0) { // the fill is done: the swap file is as large as it gets
              swapBytes.set(size(swap));
            }
          }
        };
    Counting out = new Counting();
    long start = System.nanoTime();
    export.run(out, progress);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Run(
        what,
        format,
        millis,
        heap.peakUsed() >> 20,
        heap.maxLive() >> 20,
        out.bytes,
        swapBytes.get() >> 20);
  }

  private static String table(List<Run> runs) {
    StringBuilder s = new StringBuilder();
    s.append("Fee report, ")
        .append(ROWS)
        .append(" rows, -Xmx")
        .append(Runtime.getRuntime().maxMemory() >> 20)
        .append(" MiB heap limit\n\n");
    s.append(
        "| format | path | time s | vs raw | heap peak used MiB | live after GC MiB | output MiB | swap MiB |\n");
    s.append("|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < runs.size(); i += 2) {
      Run raw = runs.get(i);
      for (Run r : List.of(raw, runs.get(i + 1))) {
        s.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %.2f × | %d | %d | %.1f | %d |%n",
                r.format(),
                r.what(),
                r.millis() / 1000.0,
                (double) r.millis() / raw.millis(),
                r.peakUsedMiB(),
                r.maxLiveMiB(),
                r.bytes() / 1048576.0,
                r.swapMiB()));
      }
    }
    return s.toString();
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Discards what is written and counts it. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /**
   * Heap figures of one run: the sum of the heap pools' peaks (an upper bound of the used heap,
   * garbage included) and the largest heap still in use right after a collection (what the run
   * really keeps).
   */
  static final class HeapWatch {
    private final List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    private final Set<String> heapPools =
        pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxLive = new AtomicLong();

    HeapWatch() {
      NotificationListener listener =
          (notification, handback) -> {
            if (notification
                .getType()
                .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
              GarbageCollectionNotificationInfo info =
                  GarbageCollectionNotificationInfo.from(
                      (CompositeData) notification.getUserData());
              long used =
                  info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                      .filter(e -> heapPools.contains(e.getKey()))
                      .mapToLong(e -> e.getValue().getUsed())
                      .sum();
              maxLive.accumulateAndGet(used, Math::max);
            }
          };
      ManagementFactory.getGarbageCollectorMXBeans()
          .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
    }

    void reset() {
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      maxLive.set(0);
    }

    long peakUsed() {
      return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    long maxLive() {
      return maxLive.get();
    }
  }
}
