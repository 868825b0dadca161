package com.openplatform.accounts.api;

import jakarta.ejb.Local;

/** What other modules may ask about the caller's tenant as a sender of mail. */
@Local
public interface TenantMail {

  /** From: the tenant's name and address; Reply-To when the tenant set one (else null). */
  Sender sender();

  record Sender(String name, String address, String replyTo) {}
}
