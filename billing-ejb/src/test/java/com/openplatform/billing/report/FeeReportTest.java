package com.openplatform.billing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openplatform.billing.report.FeeReport.Format;
import com.openplatform.billing.report.FeeReport.Params;
import com.openplatform.billing.report.FeeReport.Row;
import com.openplatform.billing.report.FeeReport.Totals;
import com.openplatform.billing.report.ReportFiles.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeeReportTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String ZHANG_SAN = "张三科技有限公司";

  @TempDir Path swap;

  /**
   * Five ledger entries of January and February 2026: payments 2,834.49, a refund of 1,234.50, net
   * 1,599.99. The fourth, at 2026-01-31T17:00Z, is 1 February 01:00 in Shanghai.
   */
  static List<Row> ledger() {
    return List.of(
        payment("2026-01-05T02:00:00Z", "VO-1", ZHANG_SAN, "APPROVED", "北京审核中心", 30000),
        payment("2026-01-20T08:30:00Z", "VO-2", "Acme Ltd", "REJECTED", null, 123450),
        row("2026-01-25T09:00:00Z", "VO-2", "Acme Ltd", "REFUNDED", null, "REFUND", -123450),
        payment("2026-01-31T17:00:00Z", "VO-3", ZHANG_SAN, "APPROVED", "北京审核中心", 30000),
        payment("2026-02-10T03:00:00Z", "VO-4", "李四工作室", "IN_REVIEW", "上海审核中心", 99999));
  }

  static Row payment(String at, String order, String dev, String status, String org, long fen) {
    return row(at, order, dev, status, org, Row.PAYMENT, fen);
  }

  static Row row(
      String at, String order, String dev, String status, String org, String kind, long fen) {
    return new Row(Instant.parse(at), order, dev, "企业认证", status, org, kind, fen, "CNY");
  }

  static Params params(ZoneId zone, Locale locale) {
    return new Params(
        "示例租户 Demo Tenant",
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 2, 28),
        zone,
        locale,
        List.of("status: APPROVED, REJECTED, IN_REVIEW, REFUNDED"));
  }

  record Export(byte[] bytes, Totals totals, List<Long> progress) {}

  Export export(Iterator<Row> rows, Params params, Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> progress = new ArrayList<>();
    Totals totals = FeeReport.export(rows, params, format, out, progress::add, swap);
    return new Export(out.toByteArray(), totals, progress);
  }

  @Test
  void pdfShowsChineseTextAndTheTotalsInAnEmbeddedCjkFont() throws Exception {
    Export pdf =
        export(ledger().iterator(), params(SHANGHAI, Locale.SIMPLIFIED_CHINESE), Format.PDF);

    assertThat(new String(pdf.bytes(), 0, 5, "US-ASCII")).isEqualTo("%PDF-");
    String text = ReportFiles.pdfText(pdf.bytes());
    assertThat(text)
        .contains("认证费报表", "示例租户 Demo Tenant", "2026-01-01 – 2026-02-28", "Asia/Shanghai")
        .contains(ZHANG_SAN, "李四工作室", "北京审核中心", "企业认证", "已通过", "退款")
        .contains("2026年1月小计，共 3 笔", "300.00", "2026年2月小计，共 2 笔", "1,299.99")
        .contains("收款合计", "2,834.49", "退款合计", "-1,234.50", "净额合计（CNY）", "1,599.99")
        .contains("2026-02-01 01:00:00");
    assertThat(ReportFiles.pdfFonts(pdf.bytes()))
        .containsEntry("NotoSansCJKsc-Regular-Identity-H", true);
    assertThat(pdf.totals())
        .isEqualTo(
            new Totals(
                5,
                283449,
                -123450,
                159999,
                new TreeMap<>(
                    Map.of(YearMonth.of(2026, 1), 30000L, YearMonth.of(2026, 2), 129999L))));
    assertThat(pdf.progress()).containsExactly(5L);
  }

  @Test
  void englishLabelsFollowTheLocale() throws Exception {
    Export pdf = export(ledger().iterator(), params(SHANGHAI, Locale.ENGLISH), Format.PDF);

    assertThat(ReportFiles.pdfText(pdf.bytes()))
        .contains("Verification fee report", "Tenant: 示例租户 Demo Tenant", "Amount (CNY)")
        .contains("Subtotal January 2026, 3 entries", "Subtotal February 2026, 2 entries")
        .contains("Payments", "Refunds", "Net total (CNY)", "1,599.99", "Approved", "Refund")
        .contains(ZHANG_SAN, "Page 1");
  }

  @Test
  void xlsxAmountsAreNumbers() throws Exception {
    Export xlsx = export(ledger().iterator(), params(SHANGHAI, Locale.ENGLISH), Format.XLSX);

    Map<Integer, List<Cell>> rows = ReportFiles.xlsxRows(xlsx.bytes());
    assertThat(amountAfter(rows, "Net total (CNY)")).isEqualByComparingTo("1599.99");
    assertThat(amountAfter(rows, "Payments")).isEqualByComparingTo("2834.49");
    assertThat(amountAfter(rows, "Refunds")).isEqualByComparingTo("-1234.50");
    assertThat(amountAfter(rows, "Subtotal February 2026, 2 entries"))
        .isEqualByComparingTo("1299.99");
    assertThat(amountAfter(rows, ZHANG_SAN)).isEqualByComparingTo("300.00");
    assertThat(amountAfter(rows, "李四工作室")).isEqualByComparingTo("999.99");
    assertThat(rows.values().stream().filter(r -> has(r, "Time"))).hasSize(1);
    assertThat(rows.values().stream().filter(r -> has(r, "Page 1"))).isEmpty();
  }

  @Test
  void csvIsUtf8WithBomAndEndsWithTheTotals() throws Exception {
    Export csv = export(ledger().iterator(), params(SHANGHAI, Locale.ENGLISH), Format.CSV);

    assertThat(ReportFiles.startsWithBom(csv.bytes())).isTrue();
    List<List<String>> records = values(ReportFiles.csv(csv.bytes()));
    assertThat(records.stream().filter(r -> r.contains("Time"))).hasSize(1);
    assertThat(records.get(records.indexOf(List.of("January 2026")) + 1)).contains("VO-1");
    assertThat(records.get(records.indexOf(List.of("February 2026")) + 1)).contains("VO-3");
    assertThat(records)
        .contains(
            List.of(
                "2026-01-25 17:00:00",
                "VO-2",
                "Acme Ltd",
                "企业认证",
                "Refunded",
                "Refund",
                "-1234.50"))
        .contains(
            List.of(
                "2026-02-01 01:00:00",
                "VO-3",
                ZHANG_SAN,
                "企业认证",
                "Approved",
                "北京审核中心",
                "Payment",
                "300.00"))
        .contains(List.of("Subtotal January 2026, 3 entries", "300.00"))
        .contains(List.of("Subtotal February 2026, 2 entries", "1299.99"));
    assertThat(records.subList(records.size() - 4, records.size()))
        .containsExactly(
            List.of("Entries", "5"),
            List.of("Payments", "2834.49"),
            List.of("Refunds", "-1234.50"),
            List.of("Net total (CNY)", "1599.99"));
  }

  @Test
  void aPeriodWithoutEntriesPrintsZeroTotalsAndNoEmptyMonth() throws Exception {
    Export csv =
        export(
            java.util.Collections.<Row>emptyIterator(),
            params(SHANGHAI, Locale.ENGLISH),
            Format.CSV);
    List<List<String>> records = values(ReportFiles.csv(csv.bytes()));
    assertThat(records).noneMatch(r -> r.contains("null"));
    assertThat(records.subList(records.size() - 4, records.size()))
        .containsExactly(
            List.of("Entries", "0"),
            List.of("Payments", "0.00"),
            List.of("Refunds", "0.00"),
            List.of("Net total (CNY)", "0.00"));
    assertThat(csv.totals().rows()).isZero();
  }

  @Test
  void monthsAreThoseOfTheReportTimeZoneNotTheJvms() throws Exception {
    Export shanghai = export(ledger().iterator(), params(SHANGHAI, Locale.ENGLISH), Format.CSV);
    Export utc = export(ledger().iterator(), params(ZoneOffset.UTC, Locale.ENGLISH), Format.CSV);

    assertThat(shanghai.totals().netByMonth())
        .containsExactly(
            Map.entry(YearMonth.of(2026, 1), 30000L), Map.entry(YearMonth.of(2026, 2), 129999L));
    assertThat(utc.totals().netByMonth())
        .containsExactly(
            Map.entry(YearMonth.of(2026, 1), 60000L), Map.entry(YearMonth.of(2026, 2), 99999L));
    List<List<String>> printed = values(ReportFiles.csv(utc.bytes()));
    assertThat(printed)
        .contains(List.of("Subtotal January 2026, 4 entries", "600.00"))
        .contains(List.of("Subtotal February 2026, 1 entries", "999.99"));
    assertThat(printed.stream().flatMap(List::stream)).contains("2026-01-31 17:00:00");
    assertThat(utc.totals().netMinor()).isEqualTo(shanghai.totals().netMinor());
  }

  @Test
  void totalsEqualTheSumOfTheRows() throws Exception {
    Random random = new Random(42);
    List<Row> rows = new ArrayList<>();
    Instant at = Instant.parse("2025-12-31T16:00:00Z");
    long payments = 0;
    long refunds = 0;
    Map<YearMonth, Long> byMonth = new TreeMap<>();
    for (int i = 0; i < 3000; i++) {
      at = at.plusSeconds(random.nextInt(3000));
      boolean refund = random.nextInt(10) == 0;
      long fen = (1 + random.nextInt(500_000)) * (refund ? -1 : 1);
      rows.add(
          new Row(
              at,
              "VO-" + i,
              "开发者 " + (i % 97),
              "svc-" + (i % 5),
              "APPROVED",
              null,
              refund ? Row.REFUND : Row.PAYMENT,
              fen,
              "CNY"));
      if (refund) {
        refunds += fen;
      } else {
        payments += fen;
      }
      byMonth.merge(YearMonth.from(at.atZone(SHANGHAI)), fen, Long::sum);
    }

    Export csv = export(rows.iterator(), params(SHANGHAI, Locale.ENGLISH), Format.CSV);

    Totals totals = csv.totals();
    assertThat(totals.rows()).isEqualTo(3000);
    assertThat(totals.paymentsMinor()).isEqualTo(payments);
    assertThat(totals.refundsMinor()).isEqualTo(refunds);
    assertThat(totals.netMinor()).isEqualTo(payments + refunds);
    assertThat(totals.netByMonth()).isEqualTo(byMonth);
    List<List<String>> printed = values(ReportFiles.csv(csv.bytes()));
    assertThat(printed).contains(List.of("Net total (CNY)", decimal(payments + refunds)));
    assertThat(printed).contains(List.of("Payments", decimal(payments)));
    assertThat(printed).contains(List.of("Refunds", decimal(refunds)));
    assertThat(csv.progress()).containsExactly(3000L);
  }

  @Test
  void refundsAreNegativeAndPaymentsAreNot() {
    assertThatThrownBy(
            () -> row("2026-01-05T02:00:00Z", "VO-1", "x", "REFUNDED", null, Row.REFUND, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> payment("2026-01-05T02:00:00Z", "VO-1", "x", "PAID", null, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> row("2026-01-05T02:00:00Z", "VO-1", "x", "PAID", null, "FEE", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowsOutOfOrderOutsideThePeriodOrInAnotherCurrencyAreRefused() throws Exception {
    List<Row> outOfOrder = new ArrayList<>(ledger());
    outOfOrder.add(payment("2026-01-06T00:00:00Z", "VO-9", "x", "PAID", null, 1));
    List<Row> tooLate = new ArrayList<>(ledger());
    tooLate.add(payment("2026-02-28T16:00:00Z", "VO-9", "x", "PAID", null, 1)); // 1 March, 00:00
    List<Row> dollars = new ArrayList<>(ledger());
    dollars.add(
        new Row(
            Instant.parse("2026-02-11T00:00:00Z"),
            "VO-9",
            "x",
            "s",
            "PAID",
            null,
            "PAYMENT",
            1,
            "USD"));

    for (List<Row> rows : List.of(outOfOrder, tooLate, dollars)) {
      assertThatThrownBy(
              () -> export(rows.iterator(), params(SHANGHAI, Locale.ENGLISH), Format.PDF))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(filesIn(swap)).isEmpty();
    }
  }

  @Test
  void theSwapFolderIsEmptyAfterAnExportAndAfterAFailure() throws Exception {
    export(ledger().iterator(), params(SHANGHAI, Locale.ENGLISH), Format.XLSX);
    assertThat(filesIn(swap)).isEmpty();

    Iterator<Row> failing =
        new Iterator<>() {
          final Iterator<Row> rows = ledger().iterator();
          int read;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Row next() {
            if (++read > 3) {
              throw new IllegalStateException("the database went away");
            }
            return rows.next();
          }
        };
    assertThatThrownBy(() -> export(failing, params(SHANGHAI, Locale.ENGLISH), Format.PDF))
        .hasMessage("the database went away");
    assertThat(filesIn(swap)).isEmpty();
  }

  @Test
  void aPeriodWithoutEntriesStillHasItsHeaderAndZeroTotals() throws Exception {
    Export pdf = export(List.<Row>of().iterator(), params(SHANGHAI, Locale.ENGLISH), Format.PDF);

    assertThat(pdf.totals()).isEqualTo(new Totals(0, 0, 0, 0, new TreeMap<>()));
    assertThat(ReportFiles.pdfText(pdf.bytes()))
        .contains("Verification fee report", "Net total (CNY)", "0.00");
  }

  @Test
  void formatsNameTheirContentTypeAndExtension() {
    assertThat(Format.PDF.contentType()).isEqualTo("application/pdf");
    assertThat(Format.CSV.extension()).isEqualTo("csv");
    assertThat(Format.XLSX.contentType()).endsWith("spreadsheetml.sheet");
  }

  /** The last cell of the first row that has {@code label}: a number. */
  private static BigDecimal amountAfter(Map<Integer, List<Cell>> rows, String label) {
    List<Cell> row = rows.values().stream().filter(r -> has(r, label)).findFirst().orElseThrow();
    Cell amount = row.get(row.size() - 1);
    assertThat(amount.numeric()).as("a number: %s", amount).isTrue();
    return new BigDecimal(amount.text());
  }

  private static boolean has(List<Cell> row, String text) {
    return row.stream().anyMatch(c -> c.text().equals(text));
  }

  /** Each record's non-empty values. */
  private static List<List<String>> values(List<CSVRecord> records) {
    return records.stream()
        .map(r -> r.stream().filter(v -> !v.isEmpty()).toList())
        .filter(r -> !r.isEmpty())
        .toList();
  }

  private static String decimal(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> !f.equals(folder)).toList();
    }
  }
}
