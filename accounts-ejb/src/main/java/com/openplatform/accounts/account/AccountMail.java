package com.openplatform.accounts.account;

import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail about an account (confirmation links, stolen-account notices) through the platform's mail
 * session. Sent at once; a failure refuses the operation (503) so that nothing half-done remains.
 */
@ApplicationScoped
public class AccountMail {

  private static final Logger LOG = Logger.getLogger(AccountMail.class.getName());

  @Resource(lookup = "java:jboss/mail/Platform")
  Session mail;

  public void send(String to, String subject, String text) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "mail not sent", e);
      throw new ProblemException(ProblemKind.Common.UNAVAILABLE);
    }
  }
}
