package com.openplatform.it.support;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Developer accounts made the way developers make them: register, read the mail, follow the link.
 */
public final class Accounts {

  private static final Pattern LINK =
      Pattern.compile("(http\\S+/portal/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+))");

  private Accounts() {}

  public static String newEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** Registers an address: a pending account, and a link mailed to the address. */
  public static Api.Reply register(String tenant, String email) {
    return Api.post(tenant, "/portal/api/registrations", Api.json(Map.of("email", email)));
  }

  /** Registers, and confirms the mailed link choosing the password; returns the account's id. */
  public static String registerConfirmed(String tenant, String email, String password) {
    Api.Reply registered = register(tenant, email);
    if (registered.status() != 201) {
      throw new AssertionError("registration failed: " + registered.body());
    }
    Api.Reply confirmed = confirm(tenant, token(email), password);
    if (confirmed.status() != 200) {
      throw new AssertionError("confirmation failed: " + confirmed.body());
    }
    acceptAgreement(tenant, Api.token(tenant, email, password));
    return confirmed.json().get("id").asText();
  }

  /** Accepts the agreement version in force, if there is one not accepted yet (§8.1). */
  public static void acceptAgreement(String tenant, String token) {
    Api.Reply current = Api.get(tenant, "/portal/api/agreement", token);
    if (current.status() == 200 && !current.json().get("accepted").asBoolean()) {
      Api.Reply accepted =
          Api.call(
              tenant,
              "POST",
              "/portal/api/agreement/acceptances",
              Api.json(Map.of("versionId", current.json().get("id").asText())),
              token);
      if (accepted.status() != 200) {
        throw new AssertionError("agreement not accepted: " + accepted.body());
      }
    }
  }

  /** Confirms a mailed link; for a registration, with the password its holder chooses. */
  public static Api.Reply confirm(String tenant, String token, String password) {
    java.util.Map<String, String> body = new java.util.HashMap<>();
    body.put("token", token);
    if (password != null) {
      body.put("password", password);
    }
    return Api.post(tenant, "/portal/api/registrations/confirmations", Api.json(body));
  }

  /** The token of the newest confirmation link mailed to this address (waits for the mail). */
  public static String token(String email) {
    Matcher link = LINK.matcher(latestMailTo(email));
    if (!link.find()) {
      throw new AssertionError("no confirmation link in the mail to " + email);
    }
    return link.group(2);
  }

  /** The full confirmation link of the newest mail to this address. */
  public static String link(String email) {
    Matcher link = LINK.matcher(latestMailTo(email));
    if (!link.find()) {
      throw new AssertionError("no confirmation link in the mail to " + email);
    }
    return link.group(1);
  }

  public static List<MimeMessage> mailsTo(String email) {
    // the address's own mailbox (GreenMail keeps one per recipient; addresses in lower case)
    return Stack.mail().receivedBy(email.toLowerCase(java.util.Locale.ROOT)).stream()
        .filter(m -> addressedTo(m, email))
        .toList();
  }

  private static String latestMailTo(String email) {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> mails = mailsTo(email);
      if (!mails.isEmpty()) {
        try {
          return mails.get(mails.size() - 1).getContent().toString();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no mail to " + email);
  }

  /**
   * The mails to this address whose subject contains {@code fragment}, once there are {@code count}
   * of them (notices go out in the background): waits up to 30 s.
   */
  public static List<MimeMessage> awaitMails(String email, String fragment, int count) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofMillis(200))
        .until(() -> mailsWithSubject(email, fragment).size() >= count);
    return mailsWithSubject(email, fragment);
  }

  public static List<MimeMessage> mailsWithSubject(String email, String fragment) {
    return mailsTo(email).stream().filter(m -> subjectOf(m).contains(fragment)).toList();
  }

  public static String subjectOf(MimeMessage m) {
    try {
      return m.getSubject() == null ? "" : m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** The text of a mail: its body, or its text/plain part. */
  public static String textOf(MimeMessage m) {
    try {
      Object content = m.getContent();
      if (content instanceof jakarta.mail.Multipart parts) {
        for (int i = 0; i < parts.getCount(); i++) {
          if (parts.getBodyPart(i).isMimeType("text/plain")) {
            return parts.getBodyPart(i).getContent().toString();
          }
        }
      }
      return content.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static boolean addressedTo(MimeMessage message, String email) {
    try {
      var to = message.getRecipients(Message.RecipientType.TO);
      return to != null
          && java.util.Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(email));
    } catch (Exception e) {
      return false;
    }
  }
}
