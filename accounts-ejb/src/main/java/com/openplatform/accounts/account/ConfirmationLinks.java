package com.openplatform.accounts.account;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Issues confirmation links for registered addresses (§2.1.1, §2.1.2): a single-use token whose
 * hash is stored with its expiry, mailed through the platform's mail session in Chinese and
 * English.
 */
@ApplicationScoped
public class ConfirmationLinks {

  @Inject AccountMail mail;

  @Inject AccountRepository accounts;

  private final Clock clock = Clock.systemUTC();

  /** Mails a new link to a pending account's address (older links stay valid until they expire). */
  void issue(DeveloperAccount account, TenantId tenant) {
    issue(account, account.email(), tenant);
  }

  /** Mails a link to an address the account wants to confirm (its own, or one to link, §2.1.1). */
  void issue(DeveloperAccount account, String address, TenantId tenant) {
    Duration validFor =
        Duration.ofHours(Long.parseLong(Settings.get("op.accounts.confirmation-hours", "24")));
    String token = ConfirmationTokens.newToken();
    accounts.add(
        new EmailConfirmation(
            account.id(),
            address,
            ConfirmationTokens.hash(token),
            clock.instant(),
            clock.instant().plus(validFor)));
    String site = TenantHosts.fromSettings().baseUrl(tenant);
    send(address, site, site + "/portal/confirm.xhtml?token=" + token, validFor);
  }

  private void send(String to, String siteName, String link, Duration validFor) {
    long hours = validFor.toHours();
    mail.send(
        to,
        "确认您的开发者账号 / Confirm your developer account",
        "您好！\n\n您在 "
            + siteName
            + " 注册了开发者账号。请在 "
            + hours
            + " 小时内打开以下链接确认邮箱：\n\n"
            + link
            + "\n\n如果不是您本人操作，请忽略本邮件。\n\n----\n\n"
            + "Hello,\n\nYou registered a developer account on "
            + siteName
            + ". Confirm your email address within "
            + hours
            + " hours by opening this link:\n\n"
            + link
            + "\n\nIf this wasn't you, ignore this mail.\n");
  }
}
