package com.openplatform.accounts.qualification;

import com.openplatform.accounts.account.AccountView;
import com.openplatform.accounts.account.MyAccount;
import com.openplatform.accounts.affiliate.AffiliateGroups;
import com.openplatform.accounts.api.DeveloperGate;
import com.openplatform.accounts.api.Gate;
import com.openplatform.core.document.DocumentCheck;
import com.openplatform.core.problem.ProblemException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A developer's own subject and qualification materials (§1.1, §2.2): submit them, upload and
 * remove documents. Every change makes a new version; nothing is overwritten.
 */
@Stateless
@DeveloperGate(Gate.AGREEMENT_ACCEPTED)
public class QualificationMaterials {

  /** The largest document accepted (5 MB). */
  public static final int MAX_DOCUMENT_BYTES = DocumentCheck.MAX_BYTES;

  @Inject QualificationRepository materials;
  @EJB MyAccount myAccount;
  @EJB AffiliateGroups affiliates;

  private final Clock clock = Clock.systemUTC();

  public Optional<MaterialsView> current() {
    String account = myAccount.signedIn().id();
    return materials.current(account).map(v -> view(account, v));
  }

  public List<MaterialsView> versions() {
    String account = myAccount.signedIn().id();
    return materials.versions(account).stream().map(v -> view(account, v)).toList();
  }

  /**
   * §2.2.1, §2.2.2: new or changed materials, checked field by field; the documents stay. A
   * registration number of a banned entity is refused (§5.4, §5.7).
   */
  public MaterialsView submit(MaterialsForm form) {
    AccountView me = myAccount.signedIn();
    Materials checked = MaterialsCheck.check(form);
    affiliates.refuseBannedEntity(checked.registrationNumber());
    Optional<QualificationVersion> current = materials.current(me.id());
    List<String> documents = current.map(QualificationVersion::documentIds).orElse(List.of());
    return next(me, current, checked, documents);
  }

  /** Adds a document (PDF, JPEG or PNG by content, at most 5 MB) in a new version. */
  public DocumentView upload(String fileName, byte[] content) {
    AccountView me = myAccount.signedIn();
    String mediaType = DocumentCheck.mediaType(fileName, content);
    Instant now = clock.instant();
    QualificationDocument document =
        new QualificationDocument(
            me.id(), DocumentCheck.cleanName(fileName), mediaType, content, now);
    materials.add(document);
    Optional<QualificationVersion> current = materials.current(me.id());
    List<String> documents =
        new ArrayList<>(current.map(QualificationVersion::documentIds).orElse(List.of()));
    documents.add(document.id());
    next(me, current, current.map(QualificationVersion::materials).orElse(null), documents);
    return DocumentView.of(document);
  }

  /** Removes a document from the current version (earlier versions keep it). */
  public MaterialsView remove(String documentId) {
    AccountView me = myAccount.signedIn();
    Optional<QualificationVersion> current = materials.current(me.id());
    List<String> documents =
        new ArrayList<>(current.map(QualificationVersion::documentIds).orElse(List.of()));
    if (!documents.remove(documentId)) {
      throw new ProblemException(QualificationProblem.NO_MATERIALS);
    }
    return next(me, current, current.map(QualificationVersion::materials).orElse(null), documents);
  }

  public DocumentContent download(String documentId) {
    String account = myAccount.signedIn().id();
    return materials
        .document(account, documentId)
        .map(d -> new DocumentContent(DocumentView.of(d), d.content()))
        .orElseThrow(() -> new ProblemException(QualificationProblem.NO_MATERIALS));
  }

  private MaterialsView next(
      AccountView me, Optional<QualificationVersion> current, Materials m, List<String> documents) {
    int number = current.map(v -> v.number() + 1).orElse(1);
    QualificationVersion version =
        new QualificationVersion(me.id(), number, m, documents, clock.instant(), me.email());
    materials.add(version);
    return view(me.id(), version);
  }

  MaterialsView view(String account, QualificationVersion v) {
    return Views.of(materials, account, v);
  }
}
