package com.openplatform.accounts.tenant;

import com.openplatform.accounts.api.TenantMail;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The accounts module's answer to {@link TenantMail}. */
@Stateless
@PermitAll
public class TenantMailFacade implements TenantMail {

  @Inject TenantSettings settings;

  @Override
  public Sender sender() {
    TenantSettings.MailIdentity id = settings.mailIdentity(TenantContext.tenant());
    return new Sender(id.name(), id.address(), id.replyTo());
  }
}
