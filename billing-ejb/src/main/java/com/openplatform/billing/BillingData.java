package com.openplatform.billing;

import com.openplatform.core.tenancy.TenantData;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Base of the billing module's repositories: tenant-bound data of the {@code billing} unit. */
public abstract class BillingData extends TenantData {

  @PersistenceUnit(unitName = "billing")
  EntityManagerFactory factory;

  @Override
  protected EntityManagerFactory factory() {
    return factory;
  }
}
