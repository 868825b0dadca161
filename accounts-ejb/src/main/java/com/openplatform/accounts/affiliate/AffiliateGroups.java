package com.openplatform.accounts.affiliate;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.accounts.account.AccountStatus;
import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.qualification.RegistrationNumbers;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.identity.Roles;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Affiliated entities (§5.4, §5.7): accounts that share a registration number, or that staff
 * declare affiliated, form one entity group, so that sanctions can reach all of them and a banned
 * entity cannot come back under a new account ({@link #refuseBannedEntity}).
 */
@Stateless
public class AffiliateGroups {

  public static final int GROUP_MAX = 500;
  public static final int REASON_MAX = 1000;

  @Inject AffiliateRepository affiliates;
  @EJB AccountDirectory accounts;

  private final Clock clock = Clock.systemUTC();

  /** The entity group of an account, for staff. */
  public EntityGroupView groupOf(String accountId) {
    AccountView self = accounts.get(accountId);
    Map<String, String> via = new LinkedHashMap<>();
    via.put(self.id(), "self");
    Set<String> frontier = new LinkedHashSet<>(via.keySet());
    while (!frontier.isEmpty() && via.size() < GROUP_MAX) {
      Set<String> next = new LinkedHashSet<>();
      for (String member : frontier) {
        affiliates
            .ofAccount(member)
            .ifPresent(
                f ->
                    affiliates
                        .ofGroup(f.groupId())
                        .forEach(
                            m -> {
                              if (!via.containsKey(m.accountId())) {
                                via.put(m.accountId(), "declared: " + m.reason());
                                next.add(m.accountId());
                              }
                            }));
      }
      List<String> numbers = affiliates.numbersOf(frontier);
      if (!numbers.isEmpty()) {
        for (String other : affiliates.accountsWithNumbers(numbers)) {
          if (!via.containsKey(other)) {
            via.put(other, "registration-number");
            next.add(other);
          }
        }
      }
      frontier = next;
    }
    List<EntityGroupView.Member> members = new ArrayList<>();
    boolean banned = false;
    for (Map.Entry<String, String> m : via.entrySet()) {
      AccountView account = accounts.get(m.getKey());
      banned |= account.status() == AccountStatus.BANNED;
      members.add(
          new EntityGroupView.Member(
              account.id(), account.email(), account.status(), m.getValue()));
    }
    return new EntityGroupView(self.id(), members, banned);
  }

  /** Staff declare accounts affiliated (§5.7); their declared groups merge into one. */
  public EntityGroupView declare(List<String> accountIds, String reason) {
    Caller caller = Roles.requireAny(PlatformRole.TRUST_SAFETY, PlatformRole.TENANT_ADMIN);
    String why = reason == null ? "" : reason.strip();
    List<FieldError> errors = new ArrayList<>();
    if (accountIds == null || new LinkedHashSet<>(accountIds).size() < 2) {
      errors.add(new FieldError("accountIds", "too-short", null));
    }
    if (why.isEmpty() || why.length() > REASON_MAX) {
      errors.add(new FieldError("reason", why.isEmpty() ? "required" : "too-long", null));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    Set<String> ids = new LinkedHashSet<>(accountIds);
    ids.forEach(accounts::get);
    String group = null;
    for (String id : ids) {
      group =
          group != null ? group : affiliates.ofAccount(id).map(Affiliation::groupId).orElse(null);
    }
    String target = group != null ? group : UUID.randomUUID().toString();
    Instant now = clock.instant();
    for (String id : ids) {
      var existing = affiliates.ofAccount(id);
      if (existing.isEmpty()) {
        affiliates.add(new Affiliation(target, id, why, caller.username(), now));
      } else if (!existing.get().groupId().equals(target)) {
        affiliates.ofGroup(existing.get().groupId()).forEach(f -> f.moveTo(target));
      }
    }
    return groupOf(ids.iterator().next());
  }

  /**
   * §5.4, §5.7: refuses a registration number that belongs to a banned entity, however it is
   * written (compared by {@link RegistrationNumbers#key}).
   */
  public void refuseBannedEntity(String registrationNumber) {
    if (registrationNumber != null
        && affiliates.numberOfBannedEntity(RegistrationNumbers.key(registrationNumber))) {
      throw new ProblemException(AffiliateProblem.BANNED_ENTITY);
    }
  }
}
