package com.openplatform.accounts.qq;

import com.openplatform.accounts.account.AccountRepository;
import com.openplatform.accounts.account.DeveloperAccount;
import com.openplatform.accounts.qualification.QqNumber;
import com.openplatform.core.identity.HashedPassword;
import com.openplatform.core.identity.IdentityException;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.NewUser;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.tenancy.Caller;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * §2.1.1: accounts registered with a QQ number are existing users an operator brings along; nobody
 * can claim a QQ number by registering. A tenant administrator imports them from a file with the
 * password hashes Keycloak verifies ({@link HashedPassword}); each imported account signs in with
 * its QQ number and must link an email before anything else. Each row is imported on its own — its
 * Keycloak user, then its account, undoing the user if the account can't be recorded — and the
 * report says what was imported and why each other row was refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QqAccountImport {

  private static final Logger LOG = Logger.getLogger(QqAccountImport.class.getName());
  static final int DISPLAY_NAME_MAX = com.openplatform.accounts.account.MyAccount.DISPLAY_NAME_MAX;

  @Inject AccountRepository accounts;
  @Inject IdentityGateway identity;
  @Resource SessionContext context;

  private final Clock clock = Clock.systemUTC();

  public ImportReport importFile(String mediaType, byte[] content) {
    Caller admin = Roles.requireAny(PlatformRole.TENANT_ADMIN);
    List<QqImportFile.Row> rows = QqImportFile.read(mediaType, content);
    QqAccountImport self = context.getBusinessObject(QqAccountImport.class);
    List<ImportReport.Refusal> refused = new ArrayList<>();
    int imported = 0;
    for (QqImportFile.Row row : rows) {
      Optional<String> reason = importRow(self, row, admin);
      if (reason.isPresent()) {
        refused.add(new ImportReport.Refusal(row.line(), row.qqNumber(), reason.get()));
      } else {
        imported++;
      }
    }
    return new ImportReport(rows.size(), imported, refused);
  }

  private Optional<String> importRow(QqAccountImport self, QqImportFile.Row row, Caller admin) {
    Optional<QqNumber> qq = QqNumber.parse(row.qqNumber());
    if (qq.isEmpty()) {
      return Optional.of("qq-format");
    }
    String displayName = row.displayName() == null ? null : row.displayName().strip();
    if (displayName != null && displayName.length() > DISPLAY_NAME_MAX) {
      return Optional.of("too-long");
    }
    HashedPassword hash;
    try {
      hash =
          new HashedPassword(
              row.algorithm(),
              Integer.parseInt(row.iterations() == null ? "" : row.iterations().strip()),
              row.salt(),
              row.hash());
    } catch (NumberFormatException e) {
      return Optional.of("hash-iterations");
    }
    Optional<String> problem = hash.problem();
    if (problem.isPresent()) {
      return problem;
    }
    String number = qq.get().value();
    if (self.taken(number)) {
      return Optional.of("qq-taken");
    }
    String subject;
    try {
      subject =
          identity.createUser(
              TenantContext.tenant(),
              NewUser.imported(number, hash, Set.of(PlatformRole.DEVELOPER)));
    } catch (IdentityException e) {
      return Optional.of(
          e.conflict() ? "qq-taken" : e.status() == 400 ? "hash-encoding" : "unavailable");
    }
    try {
      self.record(
          number,
          displayName == null || displayName.isEmpty() ? null : displayName,
          subject,
          admin.username());
      return Optional.empty();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "imported QQ user not recorded; removing it from Keycloak", e);
      identity.deleteUser(TenantContext.tenant(), subject);
      return Optional.of("qq-taken");
    }
  }

  /** Whether an account of this tenant has the QQ number already. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean taken(String qqNumber) {
    Roles.requireAny(PlatformRole.TENANT_ADMIN);
    return accounts.findByQqNumber(qqNumber).isPresent();
  }

  /** Records one imported account, in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String qqNumber, String displayName, String subject, String actor) {
    Roles.requireAny(PlatformRole.TENANT_ADMIN);
    DeveloperAccount account =
        DeveloperAccount.importedWithQq(qqNumber, displayName, subject, clock.instant());
    accounts.add(account);
    accounts.record(account.registered(actor));
  }
}
