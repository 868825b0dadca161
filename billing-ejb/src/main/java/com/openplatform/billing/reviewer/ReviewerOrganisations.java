package com.openplatform.billing.reviewer;

import com.openplatform.accounts.account.EmailAddress;
import com.openplatform.billing.BillingProblem;
import com.openplatform.billing.Now;
import com.openplatform.core.identity.IdentityException;
import com.openplatform.core.identity.IdentityGateway;
import com.openplatform.core.identity.NewUser;
import com.openplatform.core.identity.PasswordRules;
import com.openplatform.core.identity.PlatformRole;
import com.openplatform.core.problem.Problem.FieldError;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.core.problem.ProblemKind;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tenant's entrusted third-party reviewer organisations (§2.4.2): tenant administrators record
 * them and give each its own sign-ins (users of the tenant's realm with the {@code org-reviewer}
 * role, and nothing else); reviewers assign verification orders to them ({@code
 * VerificationDesk.assign}), and their sign-ins see only those orders ({@link ReviewScope}).
 */
@Stateless
@RolesAllowed("tenant-admin")
public class ReviewerOrganisations {

  public static final int CONTACT_MAX = EmailAddress.MAX_LENGTH;

  /** An organisation as staff see it. */
  public record OrganisationView(
      @Schema(required = true, format = "uuid") String id,
      @Schema(required = true) String name,
      @Schema(description = "How staff reach the organisation") String contact,
      @Schema(required = true, description = "Inactive: its reviewers see nothing") boolean active,
      @Schema(required = true) Instant createdAt) {

    static OrganisationView of(ReviewerOrganisation o) {
      return new OrganisationView(o.id(), o.name(), o.contact(), o.active(), o.createdAt());
    }
  }

  /** An organisation with its sign-ins. */
  public record OrganisationDetail(
      @Schema(required = true) OrganisationView organisation,
      @Schema(required = true) List<MemberView> members) {}

  /** A sign-in of an organisation. */
  public record MemberView(
      @Schema(required = true, format = "uuid") String id,
      @Schema(required = true, description = "The address it signs in with") String email,
      @Schema(required = true) Instant addedAt) {}

  /** What staff give to record or change an organisation. */
  public record OrganisationForm(
      @Schema(required = true, maxLength = ReviewerOrganisation.NAME_MAX) String name,
      @Schema(maxLength = CONTACT_MAX) String contact,
      @Schema(description = "Absent: active") Boolean active) {}

  /** A new sign-in: its address and first password, which the administrator passes on. */
  public record NewMember(
      @Schema(required = true, format = "email") String email,
      @Schema(
              required = true,
              minLength = PasswordRules.MIN_LENGTH,
              maxLength = PasswordRules.MAX_LENGTH)
          String password) {}

  @Inject Organisations organisations;
  @Inject IdentityGateway identity;

  /** Every organisation, by name; staff who assign orders or filter reports read it too. */
  @RolesAllowed({"tenant-admin", "reviewer", "finance"})
  public List<OrganisationView> list() {
    return organisations.all().stream().map(OrganisationView::of).toList();
  }

  public OrganisationDetail get(String id) {
    ReviewerOrganisation o = find(id);
    return new OrganisationDetail(
        OrganisationView.of(o),
        organisations.members(o.id()).stream()
            .map(m -> new MemberView(m.id(), m.email(), m.addedAt()))
            .toList());
  }

  public OrganisationView create(OrganisationForm form) {
    Checked checked = check(form);
    if (organisations.byName(checked.name()).isPresent()) {
      throw new ProblemException(BillingProblem.ORGANISATION_EXISTS);
    }
    ReviewerOrganisation o =
        new ReviewerOrganisation(
            checked.name(), checked.contact(), TenantContext.caller().username(), Now.instant());
    if (!checked.active()) {
      o.update(checked.contact(), false);
    }
    organisations.add(o);
    return OrganisationView.of(o);
  }

  /** Renames, changes the contact, or (de)activates; deactivation hides every order from it. */
  public OrganisationView update(String id, OrganisationForm form) {
    ReviewerOrganisation o = find(id);
    Checked checked = check(form);
    Optional<ReviewerOrganisation> same = organisations.byName(checked.name());
    if (same.isPresent() && !same.get().id().equals(o.id())) {
      throw new ProblemException(BillingProblem.ORGANISATION_EXISTS);
    }
    o.rename(checked.name());
    o.update(checked.contact(), checked.active());
    return OrganisationView.of(o);
  }

  /**
   * A new sign-in of the organisation: a user of the tenant's realm with only the {@code
   * org-reviewer} role. An address that already signs in to the tenant (a developer's, staff's) is
   * refused, so no one's existing sign-in is taken over or changed.
   */
  public MemberView addMember(String id, NewMember member) {
    ReviewerOrganisation o = find(id);
    List<FieldError> errors = new ArrayList<>();
    Optional<EmailAddress> email =
        member == null ? Optional.empty() : EmailAddress.parse(member.email());
    if (email.isEmpty()) {
      errors.add(new FieldError("email", "invalid", null));
    }
    String password = member == null ? null : member.password();
    PasswordRules.problem(password, email.map(EmailAddress::value).orElse(null))
        .ifPresent(code -> errors.add(new FieldError("password", code, null)));
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    if (!o.active()) {
      throw new ProblemException(BillingProblem.ORGANISATION_INACTIVE);
    }
    String address = email.get().value();
    if (identity.findUserByUsername(TenantContext.tenant(), address).isPresent()
        || identity.findUserId(TenantContext.tenant(), address).isPresent()) {
      throw new ProblemException(BillingProblem.SIGN_IN_EXISTS);
    }
    String userId;
    try {
      userId =
          identity.createUser(
              TenantContext.tenant(),
              // issue 22: the administrator's password is temporary; the reviewer chooses their
              // own at the first sign-in
              NewUser.withEmail(
                      address,
                      password.toCharArray(),
                      true,
                      true,
                      Set.of(PlatformRole.ORG_REVIEWER))
                  .withTemporaryPassword());
    } catch (IdentityException e) {
      if (e.conflict()) {
        throw new ProblemException(BillingProblem.SIGN_IN_EXISTS);
      }
      throw e;
    }
    ReviewerMember m =
        new ReviewerMember(
            o.id(), userId, address, TenantContext.caller().username(), Now.instant());
    try {
      organisations.add(m);
    } catch (RuntimeException e) {
      // the sign-in must not outlive a membership that was never recorded
      identity.deleteUser(TenantContext.tenant(), userId);
      throw e;
    }
    return new MemberView(m.id(), m.email(), m.addedAt());
  }

  /** Ends a sign-in: the membership goes, and the realm's user with it (it can't sign in again). */
  public void removeMember(String id, String memberId) {
    ReviewerOrganisation o = find(id);
    ReviewerMember m =
        organisations
            .member(memberId)
            .filter(x -> x.organisationId().equals(o.id()))
            .orElseThrow(ReviewerOrganisations::notFound);
    organisations.remove(m);
    identity.deleteUser(TenantContext.tenant(), m.userId());
  }

  private ReviewerOrganisation find(String id) {
    return organisations.find(id).orElseThrow(ReviewerOrganisations::notFound);
  }

  private static ProblemException notFound() {
    return new ProblemException(ProblemKind.Common.NOT_FOUND);
  }

  private record Checked(String name, String contact, boolean active) {}

  private static Checked check(OrganisationForm form) {
    List<FieldError> errors = new ArrayList<>();
    String name = form == null || form.name() == null ? "" : form.name().strip();
    String contact =
        form == null || form.contact() == null || form.contact().isBlank()
            ? null
            : form.contact().strip();
    if (name.isEmpty()) {
      errors.add(new FieldError("name", "required", null));
    } else if (name.length() > ReviewerOrganisation.NAME_MAX
        || name.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError("name", name.length() > 100 ? "too-long" : "invalid", null));
    }
    if (contact != null
        && (contact.length() > CONTACT_MAX || contact.chars().anyMatch(Character::isISOControl))) {
      errors.add(new FieldError("contact", "invalid", null));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemKind.Common.INVALID_INPUT, errors);
    }
    return new Checked(name, contact, form.active() == null || form.active());
  }
}
