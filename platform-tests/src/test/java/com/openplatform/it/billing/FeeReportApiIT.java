package com.openplatform.it.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Db;
import com.openplatform.it.support.Fees;
import com.openplatform.it.support.Locks;
import com.openplatform.it.support.Stack;
import com.openplatform.it.support.Verifications;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The verification fee report on the real stack (§2.3, §2.4): finance starts it, it is made in the
 * background with progress, and its totals equal the ledger's; the PDF embeds the CJK font; bad
 * input is refused; developers, reviewers and other tenants get nothing.
 */
@ResourceLock(Locks.DEMO_LEDGER)
class FeeReportApiIT {

  private static final String PATH = "/admin/api/fee-reports";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @BeforeAll
  static void aPaymentInTheLedger() {
    Fees.demoFeeInForce();
    Verifications.paid("report");
  }

  private static String request(LocalDate from, LocalDate to, String format) {
    return Api.json(
        Map.of("from", from.toString(), "to", to.toString(), "format", format, "language", "zh"));
  }

  /** The report job once it is over (polled every 100 ms, two minutes at most). */
  static JsonNode finished(String id, String token) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      JsonNode job = Api.get("demo", PATH + "/" + id, token).json();
      String state = job.get("state").asText();
      if (state.equals("DONE") || state.equals("FAILED")) {
        return job;
      }
      assertThat(job.get("percent").asInt()).isBetween(0, 99);
      Thread.sleep(100);
    }
    throw new AssertionError("report " + id + " not done in 2 minutes");
  }

  private static HttpResponse<byte[]> download(String id, String token) throws Exception {
    return Api.HTTP_CLIENT.send(
        HttpRequest.newBuilder(URI.create(Stack.siteOf("demo") + PATH + "/" + id + "/file"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theCsvIsMadeInTheBackgroundAndItsTotalsAreTheLedgers() throws Exception {
    String finance = Api.staffToken("demo", "finance");
    LocalDate today = LocalDate.now(SHANGHAI);
    Api.Reply started =
        Api.call("demo", "POST", PATH, request(today.minusDays(1), today, "CSV"), finance);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.header("Location")).endsWith(started.json().get("id").asText());
    String id = started.json().get("id").asText();
    JsonNode job = finished(id, finance);
    assertThat(job.get("state").asText()).isEqualTo("DONE");

    String from = today.minusDays(1).atStartOfDay(SHANGHAI).toInstant().toString();
    String to = today.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toString();
    String where =
        " FROM ledger_entry WHERE tenant_id = 'demo' AND booked_at >= ? AND booked_at < ?";
    int entries =
        Db.count(
            "SELECT COUNT(*)" + where,
            from.replace("T", " ").replace("Z", ""),
            to.replace("T", " ").replace("Z", ""));
    String net =
        Db.string(
                "SELECT CAST(COALESCE(SUM(amount_minor), 0) AS CHAR)" + where,
                from.replace("T", " ").replace("Z", ""),
                to.replace("T", " ").replace("Z", ""))
            .orElseThrow();
    assertThat(entries).isPositive();
    assertThat(job.get("rows").asLong()).isEqualTo(entries);
    assertThat(new BigDecimal(job.get("net").asText()))
        .isEqualByComparingTo(new BigDecimal(net).movePointLeft(2));

    HttpResponse<byte[]> file = download(id, finance);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    byte[] bytes = file.body();
    assertThat(bytes[0] & 0xff).as("UTF-8 BOM").isEqualTo(0xEF);
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(lines.size() - 4)).endsWith("," + entries);
    assertThat(lines.get(lines.size() - 1))
        .endsWith("," + new BigDecimal(net).movePointLeft(2).toPlainString());
  }

  @Test
  void thePdfEmbedsTheCjkFont() throws Exception {
    String finance = Api.staffToken("demo", "finance");
    LocalDate today = LocalDate.now(SHANGHAI);
    String id =
        Api.call("demo", "POST", PATH, request(today, today, "PDF"), finance)
            .json()
            .get("id")
            .asText();
    assertThat(finished(id, finance).get("state").asText()).isEqualTo("DONE");
    HttpResponse<byte[]> file = download(id, finance);
    assertThat(file.statusCode()).isEqualTo(200);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertThat(text).as("the Chinese labels, in the font the deployed EAR embeds").contains("认证");
      java.util.List<String> fonts = new java.util.ArrayList<>();
      for (org.apache.pdfbox.cos.COSName name : pdf.getPage(0).getResources().getFontNames()) {
        fonts.add(pdf.getPage(0).getResources().getFont(name).getName());
      }
      assertThat(fonts).anyMatch(f -> f.contains("NotoSansCJK"));
    }
    assertThat(Api.get("demo", PATH, finance).json().findValuesAsText("id")).contains(id);
  }

  @Test
  void badRequestsAreRefusedAndNobodyElseSeesAReport() throws Exception {
    String finance = Api.staffToken("demo", "finance");
    LocalDate today = LocalDate.now(SHANGHAI);
    for (String bad :
        new String[] {
          request(today, today.minusDays(1), "CSV"),
          request(today.minusDays(400), today, "CSV"),
          request(today, today, "DOC"),
          "{\"from\":\"yesterday\",\"to\":\"2026-01-01\",\"format\":\"CSV\"}",
          "{not json"
        }) {
      Api.Reply reply = Api.call("demo", "POST", PATH, bad, finance);
      assertThat(reply.status()).as(bad).isEqualTo(400);
    }
    String id =
        Api.call("demo", "POST", PATH, request(today, today, "CSV"), finance)
            .json()
            .get("id")
            .asText();
    finished(id, finance);

    String email = Accounts.newEmail("report-dev");
    Accounts.registerConfirmed("demo", email, "report-password-1");
    String dev = Api.token("demo", email, "report-password-1");
    assertThat(Api.call("demo", "POST", PATH, request(today, today, "CSV"), dev).status())
        .isEqualTo(403);
    assertThat(download(id, dev).statusCode()).isEqualTo(403);
    assertThat(Api.get("demo", PATH + "/" + id, Api.staffToken("demo", "reviewer")).status())
        .isEqualTo(403);
    String acme = Api.staffToken("acme", "finance");
    assertThat(Api.get("acme", PATH + "/" + id, acme).status()).isEqualTo(404);
    assertThat(
            Api.HTTP_CLIENT
                .send(
                    HttpRequest.newBuilder(
                            URI.create(Stack.siteOf("acme") + PATH + "/" + id + "/file"))
                        .header("Authorization", "Bearer " + acme)
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(404);
  }
}
