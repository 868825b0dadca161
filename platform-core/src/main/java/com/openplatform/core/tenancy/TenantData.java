package com.openplatform.core.tenancy;

import com.openplatform.core.persistence.AfterCompletion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Tenant-bound persistence, in one place. Repositories of tenant-owned data extend this class and
 * reach their EntityManager only through {@link #em()}: one per JTA transaction and persistence
 * unit, created bound to the authenticated caller's tenant before any query, closed when the
 * transaction ends. A transaction that would serve two tenants is refused.
 *
 * <p>Not {@code EntityManager.setProperty} on a container-managed EntityManager: WildFly hands
 * every such EntityManager of one injection point the same properties map, which EclipseLink
 * mutates, so a tenant set in one transaction leaked into the next (seen in this project, caught by
 * the check here).
 */
public abstract class TenantData {

  static final String TENANT = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;
  private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

  /** The server's transaction registry, looked up once per repository. */
  private volatile TransactionSynchronizationRegistry registry;

  /** The module's persistence unit ({@code @PersistenceUnit}). */
  protected abstract EntityManagerFactory factory();

  /** The current transaction's EntityManager of this unit, bound to the caller's tenant. */
  protected EntityManager em() {
    TenantId tenant = TenantContext.tenant();
    TransactionSynchronizationRegistry tx = registry();
    if (tx.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("tenant data needs an active transaction");
    }
    Key key = new Key(factory());
    Bound bound = (Bound) tx.getResource(key);
    if (bound == null) {
      bound = new Bound(tenant, open(factory(), tenant));
      tx.putResource(key, bound);
      EntityManager em = bound.em();
      AfterCompletion.register(tx, status -> em.close());
    } else if (!bound.tenant().equals(tenant)) {
      throw new IllegalStateException(
          "transaction bound to tenant " + bound.tenant() + ", refusing to work for " + tenant);
    }
    return bound.em();
  }

  static EntityManager open(EntityManagerFactory factory, TenantId tenant) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(TENANT, tenant.value());
    EntityManager em = factory.createEntityManager(SynchronizationType.SYNCHRONIZED, properties);
    em.joinTransaction();
    return em;
  }

  private TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry found = registry;
    if (found == null) {
      try {
        found = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
      } catch (NamingException e) {
        throw new IllegalStateException("no transaction registry", e);
      }
      registry = found;
    }
    return found;
  }

  private record Key(EntityManagerFactory factory) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.factory == factory;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(factory);
    }
  }

  private record Bound(TenantId tenant, EntityManager em) {}
}
