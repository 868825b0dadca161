package com.openplatform.apps;

import com.openplatform.core.tenancy.TenantData;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Base of the apps module's repositories: tenant-bound data of the {@code apps} unit. */
public abstract class AppsData extends TenantData {

  @PersistenceUnit(unitName = "apps")
  EntityManagerFactory factory;

  @Override
  protected EntityManagerFactory factory() {
    return factory;
  }
}
