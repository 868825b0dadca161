package com.openplatform.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** A real SMTP server (GreenMail) that keeps every mail, readable over IMAP with any password. */
public final class MailPeer implements AutoCloseable {

  private final GreenMail mail;

  private MailPeer(GreenMail mail) {
    this.mail = mail;
  }

  static MailPeer start(StackConfig config) {
    GreenMail mail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(config.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(config.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();
    return new MailPeer(mail);
  }

  /**
   * The mails delivered to one address (its mailbox, in arrival order), without looking at anyone
   * else's: a broadcast to thousands leaves this as cheap as before.
   */
  public List<MimeMessage> receivedBy(String address) {
    com.icegreen.greenmail.user.GreenMailUser user = mail.getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    try {
      return mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage)
          .toList();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException("the mailbox of " + address, e);
    }
  }

  /** Every mail received so far. */
  public List<MimeMessage> received() {
    return List.of(mail.getReceivedMessages());
  }

  @Override
  public void close() {
    mail.stop();
  }
}
