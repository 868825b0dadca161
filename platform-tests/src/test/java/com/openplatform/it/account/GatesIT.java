package com.openplatform.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openplatform.accounts.account.AccountAction;
import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountEnforcement;
import com.openplatform.accounts.account.AccountRegistration;
import com.openplatform.accounts.account.EmailAddress;
import com.openplatform.accounts.account.MyAccount;
import com.openplatform.accounts.account.RegistrationRequest;
import com.openplatform.accounts.agreement.AgreementAcceptance;
import com.openplatform.accounts.agreement.AgreementPublishing;
import com.openplatform.accounts.agreement.AgreementView;
import com.openplatform.accounts.agreement.Origin;
import com.openplatform.accounts.api.Gate;
import com.openplatform.accounts.bootstrap.DemoSignIns;
import com.openplatform.accounts.qualification.QualificationMaterials;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantId;
import com.openplatform.it.support.InServer;
import com.openplatform.it.support.Locks;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Inside the deployed EAR, past every web filter: the developer gates hold on the EJB operations
 * themselves — email linked, agreement accepted (§8.1), status active — and RESTRICTED (§2.1.3)
 * withholds exactly the paid and new-application services, for any module's operation that asks for
 * {@link Gate#UNRESTRICTED}. Start-up seeding survives what users do to their own profiles.
 */
@ResourceLock(Locks.GAMMA_AGREEMENT)
@ExtendWith(InServer.class)
class GatesIT {

  private static final TenantId GAMMA = new TenantId("gamma");

  @EJB(lookup = "java:global/platform/accounts-ejb/AccountRegistration")
  AccountRegistration registration;

  @EJB(lookup = "java:global/platform/accounts-ejb/AgreementPublishing")
  AgreementPublishing publishing;

  @EJB(lookup = "java:global/platform/accounts-ejb/AgreementAcceptance")
  AgreementAcceptance acceptance;

  @EJB(lookup = "java:global/platform/accounts-ejb/QualificationMaterials")
  QualificationMaterials materials;

  @EJB(lookup = "java:global/platform/accounts-ejb/MyAccount")
  MyAccount myAccount;

  @EJB(lookup = "java:global/platform/accounts-ejb/AccountEnforcement")
  AccountEnforcement enforcement;

  @EJB(lookup = "java:global/platform/accounts-ejb/AccountDirectory")
  AccountDirectory directory;

  @EJB(lookup = "java:global/platform/accounts-ejb/DemoSignIns")
  DemoSignIns demo;

  @Inject GatedPaidService paid;

  @Inject IdentityGateway identity;

  private static Caller staff(TenantId tenant, String role) {
    return new Caller(tenant, "staff-" + role, role + "@" + tenant + ".example", Set.of(role));
  }

  /** A developer of gamma, registered active; their caller as their token would make it. */
  private Caller developer() throws Exception {
    String email = "gate-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    TenantContext.callAs(
        Caller.anonymous(GAMMA),
        () ->
            registration.registerVerified(
                new RegistrationRequest(email, "gates-password"), "test"));
    String subject = identity.findUserByUsername(GAMMA, email).orElseThrow();
    return new Caller(GAMMA, subject, email, Set.of("developer"));
  }

  private static String refusal(Caller caller, Callable<?> work) {
    ProblemException e =
        assertThrows(ProblemException.class, () -> TenantContext.callAs(caller, work));
    return e.kind().code();
  }

  private AgreementView publishVersionInForce() throws Exception {
    return TenantContext.callAs(
        staff(GAMMA, "tenant-admin"),
        () ->
            publishing.publish(
                "gates-" + UUID.randomUUID().toString().substring(0, 8),
                "Agreement",
                "Terms",
                Instant.now()));
  }

  @Test
  void theAgreementGateHoldsOnTheOperationsNotOnlyInTheWebFilter() throws Exception {
    Caller developer = developer();
    AgreementView version = publishVersionInForce();

    assertEquals("agreement-not-accepted", refusal(developer, () -> materials.current()));
    assertEquals("agreement-not-accepted", refusal(developer, () -> myAccount.rename("x")));
    assertEquals("agreement-not-accepted", refusal(developer, () -> paid.order()));

    TenantContext.callAs(
        developer, () -> acceptance.accept(version.id(), new Origin("127.0.0.1", "test")));

    assertEquals("ordered", TenantContext.callAs(developer, () -> paid.order()));
    TenantContext.callAs(developer, () -> materials.current());
  }

  /** §2.1.3: a restricted developer keeps the portal but gets no paid or new services. */
  @Test
  void aRestrictedAccountMayNotUsePaidServicesAndMayUseTheRest() throws Exception {
    Caller developer = developer();
    TenantContext.callAs(
        developer,
        () -> acceptance.current().map(v -> acceptance.accept(v.id(), new Origin(null, null))));
    String id = TenantContext.callAs(developer, () -> myAccount.show().id());
    Caller officer = staff(GAMMA, "trust-safety");

    TenantContext.callAs(officer, () -> enforcement.apply(id, AccountAction.RESTRICT, "tests"));

    assertEquals("account-restricted", refusal(developer, () -> paid.order()));
    TenantContext.callAs(developer, () -> materials.current());
    TenantContext.callAs(developer, () -> myAccount.rename("Still here"));

    TenantContext.callAs(officer, () -> enforcement.apply(id, AccountAction.REINSTATE, "tests"));
    assertEquals("ordered", TenantContext.callAs(developer, () -> paid.order()));
  }

  /** A suspended developer's token lives a few minutes more; the operations refuse it at once. */
  @Test
  void aSuspendedAccountsTokenOpensNothing() throws Exception {
    Caller developer = developer();
    TenantContext.callAs(
        developer,
        () -> acceptance.current().map(v -> acceptance.accept(v.id(), new Origin(null, null))));
    String id = TenantContext.callAs(developer, () -> myAccount.show().id());

    TenantContext.callAs(
        staff(GAMMA, "trust-safety"), () -> enforcement.apply(id, AccountAction.SUSPEND, "tests"));

    assertEquals("account-not-active", refusal(developer, () -> materials.current()));
    assertEquals("account-not-active", refusal(developer, () -> paid.order()));
    assertEquals("account-not-active", refusal(developer, () -> myAccount.show()));
  }

  /**
   * A user who changed their own profile (here: the demo developer's email, as Keycloak's account
   * console once allowed) doesn't make the next start fail: seeding goes by what can't change.
   */
  @Test
  void seedingTheDemoDataAgainSurvivesAChangedProfile() throws Exception {
    TenantId demoTenant = new TenantId("demo");
    String developerEmail = "developer@demo.example";
    String subject = identity.findUserByUsername(demoTenant, developerEmail).orElseThrow();
    identity.linkEmail(demoTenant, subject, "changed-" + UUID.randomUUID() + "@example.com");
    try {
      demo.seed(demoTenant);
      demo.seed(demoTenant);

      long accounts =
          TenantContext.callAs(
              staff(demoTenant, "reviewer"),
              () -> directory.search(developerEmail, new PageRequest(0, 10)).total());
      assertEquals(1, accounts);
      assertEquals(
          true,
          TenantContext.callAs(
                  Caller.anonymous(demoTenant),
                  () -> directory.idOfEmail(new EmailAddress(developerEmail)))
              .isPresent());
    } finally {
      identity.linkEmail(demoTenant, subject, developerEmail);
    }
  }
}
