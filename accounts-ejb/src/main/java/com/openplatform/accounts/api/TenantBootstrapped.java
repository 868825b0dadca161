package com.openplatform.accounts.api;

import com.openplatform.core.tenancy.TenantId;

/**
 * Fired (CDI, synchronously) when a tenant named in {@code op.bootstrap.tenants} has its realm and,
 * with {@code op.demo-data}, its demo sign-ins: other modules seed what they own for it then
 * (billing: the demo fee and reviewer organisation). An observer that fails leaves the tenant
 * pending, and the bootstrap is tried again a few seconds later; so observers are idempotent.
 */
public record TenantBootstrapped(TenantId tenant) {}
