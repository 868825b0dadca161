package com.openplatform.accounts.affiliate;

import com.openplatform.accounts.AccountsData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Declared affiliations, and the registration numbers that tie accounts together, of the caller's
 * tenant.
 */
@ApplicationScoped
public class AffiliateRepository extends AccountsData {

  public Optional<Affiliation> ofAccount(String accountId) {
    return em().createNamedQuery("Affiliation.ofAccount", Affiliation.class)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  public List<Affiliation> ofGroup(String groupId) {
    return em().createNamedQuery("Affiliation.ofGroup", Affiliation.class)
        .setParameter("group", groupId)
        .getResultList();
  }

  public void add(Affiliation affiliation) {
    em().persist(affiliation);
  }

  /** The registration numbers (as keys) the accounts ever gave in their materials. */
  public List<String> numbersOf(Collection<String> accountIds) {
    return em().createQuery(
            "SELECT DISTINCT v.registrationKey FROM QualificationVersion v"
                + " WHERE v.accountId IN :accounts AND v.registrationKey IS NOT NULL",
            String.class)
        .setParameter("accounts", accountIds)
        .getResultList();
  }

  /** The accounts that ever gave one of these registration numbers (keys). */
  public List<String> accountsWithNumbers(Collection<String> numbers) {
    return em().createQuery(
            "SELECT DISTINCT v.accountId FROM QualificationVersion v WHERE v.registrationKey IN :numbers",
            String.class)
        .setParameter("numbers", numbers)
        .getResultList();
  }

  /**
   * §5.4, §5.7: whether a registration number belongs to a banned entity — a banned account gave
   * it, or an account declared affiliated with a banned account did.
   */
  public boolean numberOfBannedEntity(String key) {
    Long direct =
        em().createQuery(
                "SELECT COUNT(v) FROM QualificationVersion v, DeveloperAccount a"
                    + " WHERE v.registrationKey = :number AND a.id = v.accountId AND a.status = :banned",
                Long.class)
            .setParameter("number", key)
            .setParameter("banned", com.openplatform.accounts.account.AccountStatus.BANNED)
            .getSingleResult();
    if (direct > 0) {
      return true;
    }
    Long affiliated =
        em().createQuery(
                "SELECT COUNT(v) FROM QualificationVersion v, Affiliation f1, Affiliation f2, DeveloperAccount b"
                    + " WHERE v.registrationKey = :number AND f1.accountId = v.accountId"
                    + " AND f2.groupId = f1.groupId AND b.id = f2.accountId AND b.status = :banned",
                Long.class)
            .setParameter("number", key)
            .setParameter("banned", com.openplatform.accounts.account.AccountStatus.BANNED)
            .getSingleResult();
    return affiliated > 0;
  }

  /**
   * §5.4, §5.7: whether the account belongs to a banned entity — another account of its declared
   * group is banned, or a registration number it or its group gave belongs to a banned entity.
   */
  public boolean accountOfBannedEntity(String accountId) {
    java.util.Set<String> members = new java.util.HashSet<>(java.util.Set.of(accountId));
    ofAccount(accountId)
        .ifPresent(f -> ofGroup(f.groupId()).forEach(m -> members.add(m.accountId())));
    Long bannedMembers =
        em().createQuery(
                "SELECT COUNT(a) FROM DeveloperAccount a WHERE a.id IN :members AND a.status = :banned",
                Long.class)
            .setParameter("members", members)
            .setParameter("banned", com.openplatform.accounts.account.AccountStatus.BANNED)
            .getSingleResult();
    return bannedMembers > 0 || numbersOf(members).stream().anyMatch(this::numberOfBannedEntity);
  }
}
