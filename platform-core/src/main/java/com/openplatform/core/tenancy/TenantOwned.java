package com.openplatform.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one superclass of every tenant-owned entity. EclipseLink adds {@code tenant_id = :tenant} to
 * every read, bulk update and bulk delete of a subclass and writes the column on insert, from the
 * {@code eclipselink.tenant-id} property that {@link TenantData#em()} sets from the authenticated
 * caller. No entity can forget its tenant because none can declare it itself.
 *
 * <p>Ids are globally unique (UUIDs), so an UPDATE or DELETE by primary key — which EclipseLink
 * issues without the tenant criterion (eclipse-ee4j/eclipselink#1333) — can only ever reach a row
 * that the same tenant has loaded through a tenant-filtered read.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
    length = TenantId.MAX_LENGTH)
public abstract class TenantOwned {

  @Column(name = "tenant_id", insertable = false, updatable = false)
  private String tenantId;

  /** The owning tenant, read-only: written by EclipseLink from the bound tenant. */
  public String tenantId() {
    return tenantId;
  }
}
