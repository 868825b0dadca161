/**
 * Tenancy by construction: the tenant of a request ({@link com.openplatform.core.tenancy.Caller}),
 * the one superclass of tenant-owned entities, and the one place that binds the tenant to the
 * EntityManager.
 */
package com.openplatform.core.tenancy;
