package com.openplatform.accounts.bootstrap;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.accounts.account.EmailAddress;
import com.openplatform.accounts.account.RegistrationRequest;
import com.openplatform.accounts.agreement.AgreementPublishing;
import com.openplatform.core.config.Settings;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.NewUser;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;

/**
 * Demo data for a tenant: one user per staff role ({@code reviewer@<tenant>.example} …), a
 * registered developer ({@code developer@<tenant>.example}), all with the password in {@code
 * op.demo-password}, and a sample agreement version in force (§8.1), so a first run shows the
 * acceptance flow. Only for the default run and the tests. Idempotent by what can't change: a staff
 * user is looked up by its user name, the developer by the platform's account of that address, so
 * nothing a user does to their own profile makes a later start fail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSignIns {

  public static final String DEFAULT_PASSWORD = "demo-password";

  @Inject IdentityGateway identity;
  @EJB AccountRegistration registration;
  @EJB AccountDirectory directory;
  @EJB AgreementPublishing agreements;

  /** The sample agreement the demo publishes (our own text; an operator publishes its own). */
  static final String SAMPLE_LABEL = "demo-1";

  static final String SAMPLE_TITLE = "开发者服务协议（示例）/ Developer Service Agreement (sample)";

  static final String SAMPLE_TEXT =
      """
      这是演示租户的示例协议，用于展示接受流程；运营方应发布自己的协议文本。

      1. 账号。您以合法拥有的邮箱注册账号；注册后邮箱不可更改，账号不得转让、赠与或继承。
      2. 资质。您提交真实、完整的主体与资质材料，并在变化时及时更新。
      3. 应用。您的应用遵守法律法规和平台规则，不侵犯他人合法权益。
      4. 费用。付费服务按平台公布的收费标准收取；标准变化前会提前公告。
      5. 通知。平台可通过网页公告、站内信、邮件或短信向您发出通知，发出即视为送达。
      6. 拒绝。如您不接受本协议，可书面拒绝；拒绝后您的账号将被终止。

      ----

      This is the demo tenant's sample agreement, there to show how acceptance works; an operator
      publishes its own text.

      1. Account. You register with an email address you own; once registered, the address cannot
         change, and the account cannot be transferred, given away or inherited.
      2. Qualification. You submit true and complete subject and qualification materials and keep
         them up to date.
      3. Applications. Your applications follow the law and the platform's rules and infringe no one's
         rights.
      4. Fees. Paid services are charged at the published fee schedule; changes are announced before
         they take effect.
      5. Notices. The platform may notify you by web announcement, internal mail, email or SMS; a
         notice counts as received once sent.
      6. Refusal. If you do not accept this agreement, you may refuse it in writing; your account is
         then terminated.
      """;

  public void seed(TenantId tenant) {
    String password = Settings.get("op.demo-password", DEFAULT_PASSWORD);
    for (PlatformRole role : PlatformRole.values()) {
      if (role == PlatformRole.DEVELOPER || role == PlatformRole.ORG_REVIEWER) {
        // an organisation's reviewer belongs to an organisation: the billing module seeds one
        continue;
      }
      String email = role.roleName() + "@" + tenant.value() + ".example";
      if (identity.findUserByUsername(tenant, email).isEmpty()) {
        identity.createUser(
            tenant, NewUser.withEmail(email, password.toCharArray(), true, true, Set.of(role)));
      }
    }
    TenantContext.runAs(
        new Caller(tenant, "demo-data", "demo-data", Set.of(PlatformRole.TENANT_ADMIN.roleName())),
        () -> {
          if (agreements.versions(new PageRequest(0, 1)).total() == 0) {
            agreements.publish(SAMPLE_LABEL, SAMPLE_TITLE, SAMPLE_TEXT, Instant.now());
          }
        });
    EmailAddress developer = new EmailAddress("developer@" + tenant.value() + ".example");
    TenantContext.runAs(
        Caller.anonymous(tenant),
        () -> {
          if (directory.idOfEmail(developer).isEmpty()) {
            registration.registerVerified(
                new RegistrationRequest(developer.value(), password), "demo-data");
          }
        });
  }
}
