package com.openplatform.accounts.account;

import com.openplatform.core.config.Settings;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues confirmation links for registered addresses (§2.1.1, §2.1.2): a single-use token whose
 * hash is stored with its expiry, mailed in Chinese and English. Only the newest link of an account
 * works: issuing one retires the earlier ones. The link opens a page that confirms nothing by
 * itself; the address's owner confirms there (and, for a registration, chooses the password).
 */
@ApplicationScoped
public class ConfirmationLinks {

  @Inject AccountMail mail;

  @Inject AccountRepository accounts;

  private final Clock clock = Clock.systemUTC();

  /** Mails a new link to a pending account's address. */
  void issue(DeveloperAccount account, TenantId tenant) {
    issue(account, account.email(), tenant);
  }

  /** Mails a link to an address the account wants to confirm (its own, or one to link, §2.1.1). */
  void issue(DeveloperAccount account, String address, TenantId tenant) {
    Duration validFor =
        Duration.ofHours(Long.parseLong(Settings.get("op.accounts.confirmation-hours", "24")));
    Instant now = clock.instant();
    accounts.openConfirmations(account.id()).forEach(c -> c.supersede(now));
    String token = ConfirmationTokens.newToken();
    accounts.add(
        new EmailConfirmation(
            account.id(), address, ConfirmationTokens.hash(token), now, now.plus(validFor)));
    String site = TenantHosts.fromSettings().baseUrl(tenant);
    String link = site + "/portal/confirm.xhtml?token=" + token;
    String hours = Long.toString(validFor.toHours());
    Mail text = account.email() == null ? LINK_EMAIL : REGISTRATION;
    mail.send(
        address,
        text.subject(),
        (text.chinese() + "\n\n----\n\n" + text.english())
            .replace("{site}", site)
            .replace("{hours}", hours)
            .replace("{link}", link));
  }

  private record Mail(String subject, String chinese, String english) {}

  private static final Mail REGISTRATION =
      new Mail(
          "确认您的开发者账号 / Confirm your developer account",
          "您好！\n\n有人用本邮箱在 {site} 注册了开发者账号。请在 {hours} 小时内打开以下链接，确认邮箱并设置登录密码：\n\n"
              + "{link}\n\n如果不是您本人操作，请忽略本邮件：不打开链接，就不会有账号。",
          "Hello,\n\nSomeone registered a developer account on {site} with this address. Within"
              + " {hours} hours, open this link to confirm the address and choose your password:\n\n"
              + "{link}\n\nIf this wasn't you, ignore this mail: without the link, no account comes to"
              + " be.\n");

  private static final Mail LINK_EMAIL =
      new Mail(
          "关联邮箱到您的开发者账号 / Link this address to your developer account",
          "您好！\n\n{site} 上一个以 QQ 号注册的开发者账号要关联本邮箱。请在 {hours} 小时内打开以下链接确认：\n\n"
              + "{link}\n\n关联后邮箱不可更改。如果不是您本人操作，请忽略本邮件。",
          "Hello,\n\nA developer account on {site} that was registered with a QQ number asks to"
              + " link this address. Within {hours} hours, open this link to confirm:\n\n{link}\n\n"
              + "Once linked, the address can't be changed. If this wasn't you, ignore this mail.\n");
}
