package com.openplatform.billing.reviewer;

import com.openplatform.billing.BillingData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The tenant's reviewer organisations and their sign-ins. */
@ApplicationScoped
public class Organisations extends BillingData {

  List<ReviewerOrganisation> all() {
    return em().createNamedQuery("ReviewerOrganisation.all", ReviewerOrganisation.class)
        .getResultList();
  }

  /** An organisation of the caller's tenant. */
  public Optional<ReviewerOrganisation> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(ReviewerOrganisation.class, i));
  }

  Optional<ReviewerOrganisation> byName(String name) {
    return em().createNamedQuery("ReviewerOrganisation.byKey", ReviewerOrganisation.class)
        .setParameter("key", ReviewerOrganisation.key(name))
        .getResultStream()
        .findFirst();
  }

  void add(ReviewerOrganisation organisation) {
    em().persist(organisation);
    em().flush();
  }

  List<ReviewerMember> members(String organisationId) {
    return em().createNamedQuery("ReviewerMember.ofOrganisation", ReviewerMember.class)
        .setParameter("org", organisationId)
        .getResultList();
  }

  Optional<ReviewerMember> memberOfUser(String userId) {
    return userId == null
        ? Optional.empty()
        : em().createNamedQuery("ReviewerMember.ofUser", ReviewerMember.class)
            .setParameter("user", userId)
            .getResultStream()
            .findFirst();
  }

  Optional<ReviewerMember> member(String id) {
    return Optional.ofNullable(id).map(i -> em().find(ReviewerMember.class, i));
  }

  void add(ReviewerMember member) {
    em().persist(member);
    em().flush();
  }

  void remove(ReviewerMember member) {
    em().remove(member);
    em().flush();
  }
}
