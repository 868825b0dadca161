package com.openplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.devstack.DevStack;
import com.openplatform.devstack.SmsPeer;
import com.openplatform.devstack.StackConfig;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPSession;

/**
 * Notices (§6.1), in the same run as the other benchmarks:
 *
 * <ul>
 *   <li>making a notice to every developer of a tenant with a handful of developers and of a tenant
 *       with 100,000 (written straight into the database): the time of {@code POST
 *       /notices/api/notices}, which must not grow with the audience (goal: &lt; 50 ms both);
 *   <li>email delivery: a notice to {@value #RECIPIENTS} developers, from the request until every
 *       delivery is sent, against raw Jakarta Mail sends of the same number of mails over one
 *       connection to the same mail server (goal: ≥ 0.7 × the raw rate);
 *   <li>SMS delivery: the same with SMS to confirmed phones, against raw jsmpp submits to the same
 *       SMPP peer over one bound session (goal: ≥ 0.7 × the raw rate).
 * </ul>
 *
 * Report: {@code notices.md}.
 */
final class NoticeBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final int RECIPIENTS = 2_000;
  private static final int LARGE = 100_000;
  private static final int CREATIONS = 100;

  private NoticeBench() {}

  static void run(StackConfig config, DevStack stack, String site, Path out) throws Exception {
    try (Connection db = DriverManager.getConnection(config.dbUrl(), "platform", "platform")) {
      db.setAutoCommit(false);
      forgetEarlierRuns(db);
      seedAccounts(db, "acme", "large", LARGE, false);
      seedAccounts(db, "demo", "mass", RECIPIENTS, true);
    }
    StringBuilder report = new StringBuilder("# Notices\n\n");

    // 1. making a notice: the same for a handful and for 100,000 developers
    String demoAdmin = RequestPathBench.passwordToken(config, "demo", "tenant-admin@demo.example");
    String acmeAdmin = RequestPathBench.passwordToken(config, "acme", "tenant-admin@acme.example");
    String later = Instant.now().plusSeconds(30L * 24 * 3600).toString();
    int demoDevelopers = count(config, "demo") - RECIPIENTS;
    for (int i = 0; i < 20; i++) {
      create(site, "demo", demoAdmin, "ALL", List.of("INBOX"), later);
      create(site, "acme", acmeAdmin, "ALL", List.of("INBOX"), later);
    }
    long[] small = new long[CREATIONS];
    long[] large = new long[CREATIONS];
    for (int i = 0; i < CREATIONS; i++) {
      small[i] = create(site, "demo", demoAdmin, "ALL", List.of("INBOX"), later)[1];
      large[i] = create(site, "acme", acmeAdmin, "ALL", List.of("INBOX"), later)[1];
    }
    report
        .append("## Making a notice to every developer of a tenant (")
        .append(CREATIONS)
        .append(" each, scheduled a month ahead so no fan-out runs meanwhile)\n\n")
        .append("| tenant's developers | p50 ms | p95 ms | mean ms |\n|---|---|---|---|\n")
        .append(
            row(
                count(config, "demo") + " (demo, " + demoDevelopers + " besides the mass ones)",
                small))
        .append(row(count(config, "acme") + " (acme)", large))
        .append(
            String.format(
                "%nlarge / small, p50: %.2f ×%n%n", percentile(large, 50) / percentile(small, 50)));

    // 2. email
    double raw = rawMail(config, RECIPIENTS);
    // tokens live five minutes: a fresh one for each part
    double[] platform =
        delivered(
            site,
            RequestPathBench.passwordToken(config, "demo", "tenant-admin@demo.example"),
            "EMAIL");
    report
        .append("## Email to ")
        .append(RECIPIENTS)
        .append(" developers\n\n")
        .append("| path | mails/s |\n|---|---|\n")
        .append(String.format("| raw Jakarta Mail, one connection (baseline) | %.0f |%n", raw))
        .append(
            String.format(
                "| notice → fan-out → deliveries (%d sent in %.1f s; fanned out after %.1f s)"
                    + " | %.0f |%n",
                (long) platform[1], platform[2], platform[3], platform[0]))
        .append(String.format("%nratio: %.2f × (goal ≥ 0.7)%n%n", platform[0] / raw));

    // 3. SMS
    double rawSms = rawSms(config, RECIPIENTS);
    double[] sms =
        delivered(
            site,
            RequestPathBench.passwordToken(config, "demo", "tenant-admin@demo.example"),
            "SMS");
    report
        .append("## SMS to ")
        .append(RECIPIENTS)
        .append(" developers\n\n")
        .append("| path | SMS/s |\n|---|---|\n")
        .append(String.format("| raw jsmpp submit_sm, one session (baseline) | %.0f |%n", rawSms))
        .append(
            String.format(
                "| notice → fan-out → deliveries (%d sent in %.1f s; fanned out after %.1f s)"
                    + " | %.0f |%n",
                (long) sms[1], sms[2], sms[3], sms[0]))
        .append(String.format("%nratio: %.2f × (goal ≥ 0.7)%n", sms[0] / rawSms));
    Files.writeString(out.resolve("notices.md"), report.toString());
    System.out.println(report);
  }

  /** A second run on the same data starts from the same numbers: earlier runs' rows go. */
  private static void forgetEarlierRuns(Connection db) throws Exception {
    String bench = "SELECT id FROM developer_account WHERE email LIKE '%@bench.example'";
    for (String sql :
        new String[] {
          "DELETE FROM notice_phone WHERE developer_id IN (" + bench + ")",
          "DELETE FROM notice_delivery WHERE developer_id IN (" + bench + ")",
          "DELETE FROM qualification_version WHERE created_by = 'bench'",
          "DELETE FROM developer_account WHERE email LIKE '%@bench.example'"
        }) {
      try (PreparedStatement s = db.prepareStatement(sql)) {
        s.executeUpdate();
      }
      db.commit();
    }
  }

  /** Accounts written straight into the database (active, no Keycloak user needed here). */
  private static void seedAccounts(
      Connection db, String tenant, String prefix, int n, boolean phones) throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO developer_account (id, tenant_id, email, status, identity_subject,"
                    + " created_at, version) VALUES (?, ?, ?, 'ACTIVE', ?, ?, 0)");
        PreparedStatement materials =
            db.prepareStatement(
                "INSERT INTO qualification_version (id, tenant_id, account_id, number, subject_type,"
                    + " number_validated, contact_phone, created_at, created_by) VALUES"
                    + " (?, ?, ?, 1, 'INDIVIDUAL', FALSE, ?, ?, 'bench')");
        PreparedStatement phone =
            db.prepareStatement(
                "INSERT INTO notice_phone (id, tenant_id, developer_id, phone, code_attempts,"
                    + " confirmed_at, version) VALUES (?, ?, ?, ?, 0, ?, 0)")) {
      for (int i = 0; i < n; i++) {
        String id = UUID.randomUUID().toString();
        account.setString(1, id);
        account.setString(2, tenant);
        account.setString(3, prefix + "-" + i + "@bench.example");
        account.setString(4, "bench-" + id);
        account.setTimestamp(5, now);
        account.addBatch();
        if (phones) {
          String number = "+86 139" + String.format("%08d", i);
          materials.setString(1, UUID.randomUUID().toString());
          materials.setString(2, tenant);
          materials.setString(3, id);
          materials.setString(4, number);
          materials.setTimestamp(5, now);
          materials.addBatch();
          phone.setString(1, UUID.randomUUID().toString());
          phone.setString(2, tenant);
          phone.setString(3, id);
          phone.setString(4, number);
          phone.setTimestamp(5, now);
          phone.addBatch();
        }
        if (i % 1000 == 999 || i == n - 1) {
          account.executeBatch();
          materials.executeBatch();
          phone.executeBatch();
          db.commit();
        }
      }
    }
  }

  private static int count(StackConfig config, String tenant) throws Exception {
    try (Connection db = DriverManager.getConnection(config.dbUrl(), "platform", "platform");
        PreparedStatement s =
            db.prepareStatement(
                "SELECT COUNT(*) FROM developer_account WHERE tenant_id = ? AND status <> 'PENDING'")) {
      s.setString(1, tenant);
      var r = s.executeQuery();
      r.next();
      return r.getInt(1);
    }
  }

  /** Makes a notice; answers its id and the request's time in ms. */
  private static long[] create(
      String site, String tenant, String token, String audience, List<String> channels, String at)
      throws Exception {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("kind", "LEGAL");
    body.put("audience", Map.of("type", audience));
    body.put("channels", channels);
    body.put("subjectZh", "平台维护");
    body.put("subjectEn", "Maintenance");
    body.put("textZh", "{name}，您好：本周六凌晨维护两小时。");
    body.put("textEn", "Dear {name}, maintenance on Saturday night, two hours.");
    if (at != null) {
      body.put("sendAt", at);
    }
    long start = System.nanoTime();
    HttpResponse<String> made = post(site, tenant, token, JSON.writeValueAsString(body));
    long took = System.nanoTime() - start;
    if (made.statusCode() != 201) {
      throw new IllegalStateException("notice refused: " + made.body());
    }
    return new long[] {0, took / 1_000};
  }

  private static HttpResponse<String> post(String site, String tenant, String token, String json)
      throws Exception {
    return RequestPathBench.http()
        .send(
            HttpRequest.newBuilder(URI.create(site + "/notices/api/notices"))
                .header("Host", tenant + ".localhost:" + URI.create(site).getPort())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A notice to every demo developer on one channel, timed from the request until nothing of it is
   * pending: {rate, sent, seconds}.
   */
  private static double[] delivered(String site, String token, String channel) throws Exception {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("kind", "LEGAL");
    body.put("audience", Map.of("type", "ALL"));
    body.put("channels", List.of(channel));
    body.put("subjectZh", "平台维护");
    body.put("subjectEn", "Maintenance");
    body.put("textZh", "{name}，您好：本周六凌晨维护两小时。");
    body.put("textEn", "Dear {name}, maintenance on Saturday night, two hours.");
    long start = System.nanoTime();
    HttpResponse<String> made = post(site, "demo", token, JSON.writeValueAsString(body));
    if (made.statusCode() != 201) {
      throw new IllegalStateException("notice refused: " + made.statusCode() + " " + made.body());
    }
    String id = JSON.readTree(made.body()).get("id").asText();
    HttpClient http = RequestPathBench.http();
    double fannedOut = 0;
    while (true) {
      JsonNode n =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(site + "/notices/api/notices/" + id))
                          .header("Host", "demo.localhost:" + URI.create(site).getPort())
                          .header("Authorization", "Bearer " + token)
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      if (fannedOut == 0 && n.get("state").asText().equals("FANNED_OUT")) {
        fannedOut = (System.nanoTime() - start) / 1e9;
      }
      if (n.get("state").asText().equals("FANNED_OUT")
          && n.get("deliveries").get("PENDING").asLong() == 0) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long sent = n.get("deliveries").get("SENT").asLong();
        return new double[] {sent / seconds, sent, seconds, fannedOut};
      }
      Thread.sleep(100);
    }
  }

  /** Raw Jakarta Mail: {@code n} two-part mails over one connection; mails per second. */
  private static double rawMail(StackConfig config, int n) throws Exception {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", Integer.toString(config.smtpPort()));
    Session session = Session.getInstance(p);
    long start = System.nanoTime();
    try (Transport t = session.getTransport("smtp")) {
      t.connect();
      for (int i = 0; i < n; i++) {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("no-reply@demo.example", "Demo", "UTF-8"));
        m.setRecipient(
            Message.RecipientType.TO, new InternetAddress("raw-" + i + "@bench.example"));
        m.setSubject("平台维护 / Maintenance", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("您好：本周六凌晨维护两小时。\n\nMaintenance on Saturday night.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>您好：本周六凌晨维护两小时。</p><p>Maintenance.</p>", "text/html; charset=UTF-8");
        m.setContent(new MimeMultipart("alternative", text, html));
        m.saveChanges();
        t.sendMessage(m, m.getAllRecipients());
      }
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  /** Raw jsmpp: {@code n} UCS-2 submits over one bound session; SMS per second. */
  private static double rawSms(StackConfig config, int n) throws Exception {
    SMPPSession s = SmsPeer.client(config.smppPort(), SmsPeer.PASSWORD);
    byte[] body = "【Demo】平台维护：本周六凌晨维护两小时。".getBytes(StandardCharsets.UTF_16BE);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      s.submitShortMessage(
          "CMT",
          TypeOfNumber.ALPHANUMERIC,
          NumberingPlanIndicator.UNKNOWN,
          "OpenPlatform",
          TypeOfNumber.INTERNATIONAL,
          NumberingPlanIndicator.ISDN,
          "86137" + String.format("%08d", i),
          new ESMClass(),
          (byte) 0,
          (byte) 1,
          null,
          null,
          new RegisteredDelivery(),
          (byte) 0,
          new GeneralDataCoding(Alphabet.ALPHA_UCS2),
          (byte) 0,
          body);
    }
    double rate = n / ((System.nanoTime() - start) / 1e9);
    s.unbindAndClose();
    return rate;
  }

  private static String row(String name, long[] micros) {
    return String.format(
        "| %s | %.1f | %.1f | %.1f |%n",
        name,
        percentile(micros, 50) / 1000,
        percentile(micros, 95) / 1000,
        Arrays.stream(micros).average().orElse(0) / 1000);
  }

  private static double percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
