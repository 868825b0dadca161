package com.openplatform.accounts;

import com.openplatform.core.tenancy.TenantData;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Base of the accounts module's repositories: tenant-bound data of the {@code accounts} unit. */
public abstract class AccountsData extends TenantData {

  @PersistenceUnit(unitName = "accounts")
  EntityManagerFactory factory;

  @Override
  protected EntityManagerFactory factory() {
    return factory;
  }
}
