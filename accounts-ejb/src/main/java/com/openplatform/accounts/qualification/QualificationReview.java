package com.openplatform.accounts.qualification;

import com.openplatform.accounts.account.AccountDirectory;
import com.openplatform.core.problem.ProblemException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Staff's reading of a developer's qualification materials (§2.2, §2.4): the current version for
 * review and every earlier one. Only accounts of the staff member's tenant can be named.
 */
@Stateless
public class QualificationReview {

  @Inject QualificationRepository materials;
  @EJB AccountDirectory directory;

  public List<MaterialsView> versions(String accountId) {
    String account = directory.get(accountId).id();
    return materials.versions(account).stream().map(v -> Views.of(materials, account, v)).toList();
  }

  public MaterialsView current(String accountId) {
    String account = directory.get(accountId).id();
    return materials
        .current(account)
        .map(v -> Views.of(materials, account, v))
        .orElseThrow(() -> new ProblemException(QualificationProblem.NO_MATERIALS));
  }

  public DocumentContent download(String accountId, String documentId) {
    String account = directory.get(accountId).id();
    return materials
        .document(account, documentId)
        .map(d -> new DocumentContent(DocumentView.of(d), d.content()))
        .orElseThrow(() -> new ProblemException(QualificationProblem.NO_MATERIALS));
  }
}
