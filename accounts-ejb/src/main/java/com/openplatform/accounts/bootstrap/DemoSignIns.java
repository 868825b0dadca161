package com.openplatform.accounts.bootstrap;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.accounts.account.EmailAddress;
import com.openplatform.accounts.account.RegistrationRequest;
import com.openplatform.core.config.Settings;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.NewUser;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Demo sign-ins for a tenant: one user per staff role ({@code reviewer@<tenant>.example} …) and a
 * registered developer ({@code developer@<tenant>.example}), all with the password in {@code
 * op.demo-password}. Only for the default run and the tests. Idempotent by what can't change: a
 * staff user is looked up by its user name, the developer by the platform's account of that
 * address, so nothing a user does to their own profile makes a later start fail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSignIns {

  public static final String DEFAULT_PASSWORD = "demo-password";

  @Inject IdentityGateway identity;
  @EJB AccountRegistration registration;
  @EJB AccountDirectory directory;

  public void seed(TenantId tenant) {
    String password = Settings.get("op.demo-password", DEFAULT_PASSWORD);
    for (PlatformRole role : PlatformRole.values()) {
      if (role == PlatformRole.DEVELOPER) {
        continue;
      }
      String email = role.roleName() + "@" + tenant.value() + ".example";
      if (identity.findUserByUsername(tenant, email).isEmpty()) {
        identity.createUser(
            tenant, NewUser.withEmail(email, password.toCharArray(), true, true, Set.of(role)));
      }
    }
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
