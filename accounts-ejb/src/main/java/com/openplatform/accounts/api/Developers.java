package com.openplatform.accounts.api;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.MaterialsView;
import com.openplatform.core.notice.Segment;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask the accounts module about developers (STYLE.md, "Between modules"):
 * they call this, never its entities or tables.
 */
@Local
public interface Developers {

  /**
   * The signed-in developer, once their account passes {@code gate} (403 problem details otherwise;
   * 401 without a signed-in developer).
   */
  DeveloperRef signedIn(Gate gate);

  /** A developer of the caller's tenant, for staff screens; empty when no such account exists. */
  Optional<DeveloperRef> find(String accountId);

  /**
   * §2.2, §2.4: whether the developer's current qualification materials are complete — subject and
   * contact details given and checked, and at least one qualification document.
   */
  boolean materialsComplete(String accountId);

  /**
   * §2.4.2: the developer's current qualification materials, for a reviewer of their verification
   * order — staff reviewers, or an entrusted organisation's reviewer, whom the caller (billing) has
   * checked the order is assigned to. Empty without materials or such an account; 403 for any other
   * role.
   */
  Optional<MaterialsView> materialsForReview(String accountId);

  /** A document of the developer's materials, on the same terms as {@link #materialsForReview}. */
  Optional<DocumentContent> documentForReview(String accountId, String documentId);

  /**
   * §2.1.3, §2.8, §5.4: whether the developer's applications may serve users — tokens at the
   * realm's token endpoint, the runtime's access decision. An active account's may; a suspended,
   * terminated or banned account's may not (every application at once); a restricted account's may,
   * unless the tenant's policy says otherwise ({@code TenantPolicies}, {@code
   * restrictionClosesApps}). False for no such account.
   */
  boolean appsServe(String accountId);

  /**
   * §2.4.2, §2.5.7: nobody decides their own case. Refuses (403 {@code own-case}) when the
   * signed-in caller — a staff member or an organisation's reviewer who is also a developer — signs
   * in as this developer account; does nothing otherwise.
   */
  void refuseOwnCase(String accountId);

  /**
   * §6.1: the developers of the caller's tenant a notice may reach — confirmed accounts, in id
   * order after {@code afterId} ({@code null} from the start), {@code limit} of them scanned —
   * those of them matching the segment's account criteria (status, subject type; the other criteria
   * belong to other modules and are not looked at here). Bad criteria match nobody.
   */
  RecipientPage recipients(Segment segment, String afterId, int limit);

  /** §6.1: one developer as a notice's recipient; empty for no such (or a pending) account. */
  Optional<Recipient> recipient(String accountId);

  /** A developer as a notice reaches one: the account's address and the materials' contacts. */
  record Recipient(
      String id,
      String email,
      String label,
      String status,
      String subjectType,
      String contactName,
      String contactPhone,
      String contactAddress) {}

  /**
   * A page of recipients: those matching, and the last account scanned (the cursor of the next
   * page; null at the end).
   */
  record RecipientPage(List<Recipient> recipients, String next) {}

  /** A developer as other modules see one: the account id, and how people name it. */
  record DeveloperRef(String id, String label, String status) {}
}
