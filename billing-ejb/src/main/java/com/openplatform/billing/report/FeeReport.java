package com.openplatform.billing.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.JRCsvExporter;
import net.sf.jasperreports.engine.export.JRExportProgressMonitor;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleCsvExporterConfiguration;
import net.sf.jasperreports.export.SimpleCsvReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleWriterExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * The verification fee report for finance (§2.3 fees, §2.4 verification orders): a period's ledger
 * entries in time order, a subtotal per month of the tenant's time zone, payments, refunds and the
 * net total, as PDF (Chinese text in an embedded Noto Sans CJK SC), XLSX (amounts are numbers) or
 * CSV (UTF-8 with a BOM, for Excel). Amounts are exact: minor units in, {@code BigDecimal} printed.
 *
 * <p>Rows are read once, as they come (a streamed query), and filled pages are swapped to a file,
 * so a million rows fit in a 512 MiB heap. The swap folder is removed whatever happens.
 */
public final class FeeReport {

  /** Pages kept in memory while filling; the rest wait in the swap file. */
  static final int PAGES_IN_MEMORY = 50;

  /** How often (rows) the fill reports progress. */
  static final int PROGRESS_EVERY = 5_000;

  static final String COMPILED_REPORT = "/report/FeeReport.jasper";

  private FeeReport() {}

  /**
   * One ledger entry as the report shows it. {@code amountMinor} is signed (a refund is negative),
   * in the currency's minor units (fen for CNY).
   */
  public record Row(
      Instant at,
      String orderId,
      String developer,
      String service,
      String status,
      String reviewerOrganisation,
      String entryKind,
      long amountMinor,
      String currency) {

    public static final String PAYMENT = "PAYMENT";
    public static final String REFUND = "REFUND";

    /**
     * Refuses what the ledger cannot hold: a missing value (only the reviewer organisation may be
     * absent), an unknown kind, a payment below zero or a refund above zero.
     */
    public Row {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(developer, "developer");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(entryKind, "entryKind");
      Objects.requireNonNull(currency, "currency");
      switch (entryKind) {
        case PAYMENT -> {
          if (amountMinor < 0) {
            throw new IllegalArgumentException("a negative payment: " + orderId);
          }
        }
        case REFUND -> {
          if (amountMinor > 0) {
            throw new IllegalArgumentException("a positive refund: " + orderId);
          }
        }
        default -> throw new IllegalArgumentException("unknown entry kind: " + entryKind);
      }
    }
  }

  /** The three formats finance can ask for. */
  public enum Format {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
      return extension;
    }
  }

  /**
   * What the report is about, shown in its header. {@code zone} is the tenant's time zone: it
   * decides the month of each entry and the times printed. {@code filters} are human-readable
   * ({@code "status: APPROVED"}), possibly none. Entries outside {@code from}..{@code toInclusive}
   * (whole days in {@code zone}) are refused, so the totals cover exactly the period shown.
   */
  public record Params(
      String tenantName,
      LocalDate from,
      LocalDate toInclusive,
      ZoneId zone,
      Locale locale,
      List<String> filters) {

    public Params {
      Objects.requireNonNull(tenantName, "tenantName");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(toInclusive, "toInclusive");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(locale, "locale");
      filters = filters == null ? List.of() : List.copyOf(filters);
      if (toInclusive.isBefore(from)) {
        throw new IllegalArgumentException(
            "the period ends before it starts: " + from + ", " + toInclusive);
      }
    }
  }

  /** Progress of one export, for a job's status. */
  @FunctionalInterface
  public interface Progress {

    Progress NONE = filled -> {};

    /** Rows filled so far: every few thousand rows, and once at the end of the rows. */
    void rows(long filled);

    /** Pages written so far out of all pages, every hundred pages and at the last one. */
    default void pages(int exported, int total) {}
  }

  /**
   * What the report printed: the number of entries, the payments (≥ 0), the refunds (≤ 0), their
   * sum, and the net amount of each month of the report's time zone; all in minor units.
   */
  public record Totals(
      long rows,
      long paymentsMinor,
      long refundsMinor,
      long netMinor,
      SortedMap<YearMonth, Long> netByMonth) {

    public Totals {
      netByMonth = Collections.unmodifiableSortedMap(new TreeMap<>(netByMonth));
    }
  }

  /**
   * Fills the report from {@code rows} (ascending time, one currency) and writes it to {@code out},
   * which stays open. Swaps pages to a folder under {@code java.io.tmpdir}.
   *
   * @return the totals printed
   * @throws IllegalArgumentException for rows out of time order, outside the period or in another
   *     currency
   */
  public static Totals export(
      Iterator<Row> rows, Params params, Format format, OutputStream out, Progress progress)
      throws IOException {
    return export(
        rows, params, format, out, progress, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * As {@link #export(Iterator, Params, Format, OutputStream, Progress)}, swapping pages to a new
   * folder under {@code swapParent} (in WildFly, e.g. {@code jboss.server.temp.dir}).
   */
  public static Totals export(
      Iterator<Row> rows,
      Params params,
      Format format,
      OutputStream out,
      Progress progress,
      Path swapParent)
      throws IOException {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Progress listener = progress == null ? Progress.NONE : progress;
    LedgerDataSource source = new LedgerDataSource(rows, params, listener);
    return fillAndExport(
        source,
        fillParameters(params, format, source.currency()),
        format,
        out,
        listener,
        swapParent,
        source::totals);
  }

  /**
   * Fills the compiled report with {@code parameters} and {@code source} through a swap-file
   * virtualizer in a folder of its own, exports it, and removes the folder. Also the benchmark's
   * baseline path (a bean data source), so both measure the same fill and export.
   */
  static <T> T fillAndExport(
      JRDataSource source,
      Map<String, Object> parameters,
      Format format,
      OutputStream out,
      Progress progress,
      Path swapParent,
      Supplier<T> result)
      throws IOException {
    Path swapFolder = Files.createTempDirectory(swapParent, "fee-report-");
    JRSwapFileVirtualizer virtualizer = null;
    try {
      SimpleJasperReportsContext context = new SimpleJasperReportsContext();
      // we delete the folder ourselves; deleteOnExit would remember every file until the JVM ends
      context.setProperty(JRSwapFile.PROPERTY_DELETE_ON_EXIT, "false");
      virtualizer =
          new JRSwapFileVirtualizer(
              PAGES_IN_MEMORY, new JRSwapFile(context, swapFolder.toString(), 4096, 256), true);
      Map<String, Object> filled = new HashMap<>(parameters);
      filled.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      JasperPrint print = JasperFillManager.fillReport(Compiled.REPORT, filled, source);
      virtualizer.setReadOnly(true);
      write(print, format, out, progress);
      return result.get();
    } catch (JRException e) {
      throw new IOException("fee report: " + e.getMessage(), e);
    } finally {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
      deleteFolder(swapFolder);
    }
  }

  /** The report's parameters for {@code params}, in {@code format}, amounts in {@code currency}. */
  static Map<String, Object> fillParameters(Params params, Format format, Currency currency) {
    Map<String, Object> p = new HashMap<>();
    p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(params.zone()));
    p.put(JRParameter.REPORT_LOCALE, params.locale());
    p.put("TENANT_NAME", params.tenantName());
    p.put("PERIOD", params.from() + " – " + params.toInclusive());
    p.put("FILTERS", params.filters().isEmpty() ? null : String.join("; ", params.filters()));
    p.put("CURRENCY", currency.getCurrencyCode());
    p.put("AMOUNT_PATTERN", amountPattern(currency, format));
    return p;
  }

  /**
   * Exactly the currency's decimals ({@code #,##0.00} for CNY); CSV without grouping, so that
   * spreadsheets read the amounts as numbers.
   */
  static String amountPattern(Currency currency, Format format) {
    int digits = currency.getDefaultFractionDigits();
    String whole = format == Format.CSV ? "0" : "#,##0";
    return digits <= 0 ? whole : whole + "." + "0".repeat(digits);
  }

  private static void write(JasperPrint print, Format format, OutputStream out, Progress progress)
      throws JRException, IOException {
    int total = print.getPages().size();
    JRExportProgressMonitor monitor = new PageProgress(progress, total);
    SimpleExporterInput input = new SimpleExporterInput(print);
    switch (format) {
      case PDF -> {
        JRPdfExporter pdf = new JRPdfExporter();
        pdf.setExporterInput(input);
        pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        report.setProgressMonitor(monitor);
        pdf.setConfiguration(report);
        SimplePdfExporterConfiguration exporter = new SimplePdfExporterConfiguration();
        exporter.setCompressed(true);
        exporter.setMetadataTitle(print.getName());
        exporter.setMetadataCreator("Open Platform");
        pdf.setConfiguration(exporter);
        pdf.exportReport();
      }
      case XLSX -> {
        JRXlsxExporter xlsx = new JRXlsxExporter();
        xlsx.setExporterInput(input);
        xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration report = new SimpleXlsxReportConfiguration();
        report.setProgressMonitor(monitor);
        report.setDetectCellType(true);
        report.setOnePagePerSheet(false);
        report.setRemoveEmptySpaceBetweenRows(true);
        report.setRemoveEmptySpaceBetweenColumns(true);
        report.setWhitePageBackground(false);
        report.setIgnoreGraphics(true);
        report.setCollapseRowSpan(true);
        // Excel's limit is 1,048,576 rows a sheet; beyond a million the rows go on in a new sheet
        report.setMaxRowsPerSheet(1_000_000);
        xlsx.setConfiguration(report);
        xlsx.exportReport();
      }
      case CSV -> {
        JRCsvExporter csv = new JRCsvExporter();
        csv.setExporterInput(input);
        csv.setExporterOutput(new SimpleWriterExporterOutput(out, StandardCharsets.UTF_8.name()));
        SimpleCsvReportConfiguration report = new SimpleCsvReportConfiguration();
        report.setProgressMonitor(monitor);
        csv.setConfiguration(report);
        SimpleCsvExporterConfiguration exporter = new SimpleCsvExporterConfiguration();
        exporter.setWriteBOM(true);
        csv.setConfiguration(exporter);
        csv.exportReport();
      }
    }
    out.flush();
  }

  private static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Page progress of an export, reported every hundred pages and at the last. */
  private static final class PageProgress implements JRExportProgressMonitor {
    private final Progress progress;
    private final int total;
    private int pages;

    PageProgress(Progress progress, int total) {
      this.progress = progress;
      this.total = total;
    }

    @Override
    public void afterPageExport() {
      pages++;
      if (pages % 100 == 0 || pages == total) {
        progress.pages(pages, total);
      }
    }
  }

  /** The compiled report, loaded once (a read-only object that fills may share). */
  private static final class Compiled {
    static final JasperReport REPORT = load();

    private static JasperReport load() {
      try (InputStream in = FeeReport.class.getResourceAsStream(COMPILED_REPORT)) {
        if (in == null) {
          throw new IllegalStateException("missing " + COMPILED_REPORT + " (built by the module)");
        }
        return (JasperReport) JRLoader.loadObject(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (JRException e) {
        throw new IllegalStateException("cannot load " + COMPILED_REPORT, e);
      }
    }
  }
}
