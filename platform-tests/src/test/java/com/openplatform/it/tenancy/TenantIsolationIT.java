package com.openplatform.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.accounts.account.AccountRepository;
import com.openplatform.accounts.account.AccountStatus;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import com.openplatform.it.support.InServer;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed EAR: tenant acme can neither read, update nor delete tenant demo's rows — by
 * find, JPQL, bulk update and bulk delete, through the repository and through the EJBs — and a
 * transaction bound to one tenant refuses to serve another.
 */
@ExtendWith(InServer.class)
class TenantIsolationIT {

  private static final Caller DEMO_STAFF = staff("demo");
  private static final Caller ACME_STAFF = staff("acme");

  @Inject AccountRepository accounts;

  @EJB(lookup = "java:global/platform/accounts-ejb/AccountRegistration")
  AccountRegistration registration;

  @EJB(lookup = "java:global/platform/accounts-ejb/AccountDirectory")
  AccountDirectory directory;

  private String demoId;

  private static Caller staff(String tenant) {
    return new Caller(
        new TenantId(tenant), "test-" + tenant, "staff@" + tenant, Set.of("reviewer"));
  }

  @BeforeEach
  void anAccountOfDemo() throws Exception {
    String email = "iso-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    demoId =
        TenantContext.callAs(
            Caller.anonymous(new TenantId("demo")), () -> registration.register(email).id());
  }

  private <T> T inTransaction(Caller caller, Callable<T> work) throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      return TenantContext.callAs(caller, work);
    } finally {
      tx.commit();
    }
  }

  @Test
  void findByIdSeesOnlyTheOwnTenant() throws Exception {
    assertTrue(inTransaction(DEMO_STAFF, () -> accounts.find(demoId).isPresent()));
    assertFalse(inTransaction(ACME_STAFF, () -> accounts.find(demoId).isPresent()));
  }

  @Test
  void theCacheDoesNotLeakAcrossTenants() throws Exception {
    inTransaction(DEMO_STAFF, () -> accounts.find(demoId).orElseThrow());
    assertFalse(inTransaction(ACME_STAFF, () -> accounts.find(demoId).isPresent()));
  }

  @Test
  void jpqlListsOnlyTheOwnTenant() throws Exception {
    List<String> acmeIds =
        inTransaction(
            ACME_STAFF,
            () -> accounts.search("iso-", 0, 10_000).stream().map(a -> a.id()).toList());
    assertFalse(acmeIds.contains(demoId));
    assertTrue(acmeIds.stream().noneMatch(id -> id.equals(demoId)));
  }

  @Test
  void bulkUpdateOfAnotherTenantsRowsTouchesNothing() throws Exception {
    int changed =
        inTransaction(ACME_STAFF, () -> accounts.setStatus(List.of(demoId), AccountStatus.BANNED));

    assertEquals(0, changed);
    assertEquals(
        AccountStatus.PENDING,
        inTransaction(DEMO_STAFF, () -> accounts.find(demoId).orElseThrow().status()));
  }

  @Test
  void bulkDeleteOfAnotherTenantsRowsTouchesNothing() throws Exception {
    int deleted = inTransaction(ACME_STAFF, () -> accounts.deleteAll(List.of(demoId)));

    assertEquals(0, deleted);
    assertTrue(inTransaction(DEMO_STAFF, () -> accounts.find(demoId).isPresent()));
  }

  @Test
  void theOwnTenantsBulkOperationsDoWork() throws Exception {
    assertEquals(
        1,
        (int)
            inTransaction(
                DEMO_STAFF, () -> accounts.setStatus(List.of(demoId), AccountStatus.ACTIVE)));
  }

  @Test
  void aTransactionBoundToOneTenantRefusesAnother() throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    tx.begin();
    try {
      TenantContext.callAs(DEMO_STAFF, () -> accounts.find(demoId));
      assertThrows(
          IllegalStateException.class,
          () -> TenantContext.callAs(ACME_STAFF, () -> accounts.find(demoId)));
    } finally {
      tx.rollback();
    }
  }

  @Test
  void theStaffDirectoryEjbAnswersNotFoundForAnotherTenantsId() throws Exception {
    assertEquals(demoId, TenantContext.callAs(DEMO_STAFF, () -> directory.get(demoId).id()));
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> TenantContext.callAs(ACME_STAFF, () -> directory.get(demoId)));
    assertEquals(404, refused.kind().status());
    assertFalse(
        TenantContext.callAs(
                ACME_STAFF, () -> directory.search("iso-", new PageRequest(0, 200)).items())
            .stream()
            .anyMatch(a -> a.id().equals(demoId)));
  }
}
