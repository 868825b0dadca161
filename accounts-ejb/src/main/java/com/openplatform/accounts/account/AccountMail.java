package com.openplatform.accounts.account;

import com.openplatform.accounts.tenant.TenantSettings;
import com.openplatform.core.problem.PeerFailures;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Mail about an account (confirmation links, stolen-account notices) through the platform's mail
 * session, from the tenant's address with its name (and its Reply-To, if set). Sent at once, with
 * bounded connect and read times; a failure refuses the operation (503) so that nothing half-done
 * remains.
 */
@ApplicationScoped
public class AccountMail {

  private static final Logger LOG = Logger.getLogger(AccountMail.class.getName());
  static final Duration TIMEOUT = Duration.ofSeconds(4);

  @Resource(lookup = "java:jboss/mail/Platform")
  Session configured;

  @Inject TenantSettings tenants;

  private Session mail;

  @PostConstruct
  void bounded() {
    mail = com.openplatform.core.notice.BoundedMail.session(configured, TIMEOUT);
  }

  public void send(String to, String subject, String text) {
    TenantSettings.MailIdentity sender = tenants.mailIdentity(TenantContext.tenant());
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setFrom(new InternetAddress(sender.address(), sender.name(), "UTF-8"));
      if (sender.replyTo() != null) {
        message.setReplyTo(new InternetAddress[] {new InternetAddress(sender.replyTo())});
      }
      message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException | UnsupportedEncodingException e) {
      ProblemException unavailable = PeerFailures.unavailable();
      unavailable.initCause(e);
      throw unavailable;
    }
  }
}
