package com.openplatform.notices;

import com.openplatform.core.tenancy.TenantData;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Base of the notices module's repositories: tenant-bound data of the {@code notices} unit. */
public abstract class NoticesData extends TenantData {

  @PersistenceUnit(unitName = "notices")
  EntityManagerFactory factory;

  @Override
  protected EntityManagerFactory factory() {
    return factory;
  }
}
