package com.openplatform.notices.delivery;

import com.openplatform.accounts.api.TenantMail;
import com.openplatform.core.notice.BoundedMail;
import com.openplatform.notices.notice.NoticeText;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * §6.1 email: Jakarta Mail through the server's mail session, one SMTP connection per round of
 * sends. Each mail has a text and an HTML part, the tenant's From and Reply-To, a Message-ID made
 * from the delivery's id (a receiver can recognise a repeat), and on commercial messages (§6.3) the
 * mark in the subject and a one-click {@code List-Unsubscribe} (RFC 8058).
 */
@ApplicationScoped
public class MailChannel {

  static final Duration TIMEOUT = Duration.ofSeconds(4);

  @Resource(lookup = "java:jboss/mail/Platform")
  Session configured;

  private Session session;

  @PostConstruct
  void bounded() {
    session = BoundedMail.session(configured, TIMEOUT);
  }

  /** A connection for a round of sends, opened at the first send; close it when done. */
  public Outbox open() {
    return new Outbox(session);
  }

  /** What one mail says and to whom. */
  public record Mail(
      String deliveryId,
      String to,
      TenantMail.Sender sender,
      NoticeText text,
      boolean commercial,
      String unsubscribeUrl,
      String inboxUrl) {}

  MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + mail.deliveryId() + "@notices.open-platform>");
          }
        };
    try {
      message.setFrom(new InternetAddress(mail.sender().address(), mail.sender().name(), "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    if (mail.sender().replyTo() != null) {
      message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.sender().replyTo())});
    }
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
    String subject = mail.text().bilingualSubject();
    message.setSubject(
        mail.commercial() ? "[商业信息 Commercial] " + subject : subject,
        StandardCharsets.UTF_8.name());
    if (mail.commercial()) {
      message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(plain(mail), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(MailHtml.of(mail), "text/html; charset=UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative", text, html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  private static String plain(Mail mail) {
    StringBuilder s = new StringBuilder(mail.text().bilingualText());
    s.append("\n\n").append(mail.inboxUrl()).append('\n');
    if (mail.commercial()) {
      s.append("\n退订 / Unsubscribe: ").append(mail.unsubscribeUrl()).append('\n');
    }
    return s.toString();
  }

  /** One SMTP connection, opened at the first send and again after a failure. */
  public final class Outbox implements AutoCloseable {

    private final Session session;
    private Transport transport;

    Outbox(Session session) {
      this.session = session;
    }

    public void send(Mail mail) throws MessagingException {
      MimeMessage message = message(mail);
      try {
        if (transport == null || !transport.isConnected()) {
          transport = session.getTransport("smtp");
          transport.connect();
        }
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException | RuntimeException e) {
        close();
        throw e;
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // gone already
        }
        transport = null;
      }
    }
  }
}
