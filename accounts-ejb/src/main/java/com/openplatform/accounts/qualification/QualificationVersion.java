package com.openplatform.accounts.qualification;

import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of a developer's subject and qualification materials (§1.1, §2.2): subject,
 * registration number (and whether its check passed), contact person, documents. Any change makes a
 * new version; versions are never changed, so staff can read every earlier one.
 */
@Entity
@Table(name = "qualification_version")
@NamedQuery(
    name = "QualificationVersion.ofAccount",
    query =
        "SELECT v FROM QualificationVersion v WHERE v.accountId = :account ORDER BY v.number DESC")
public class QualificationVersion extends TenantOwned {

  @Id private String id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", updatable = false)
  private SubjectType subjectType;

  @Column(name = "subject_name", updatable = false)
  private String subjectName;

  @Enumerated(EnumType.STRING)
  @Column(name = "number_scheme", updatable = false)
  private NumberScheme numberScheme;

  @Column(name = "registration_number", updatable = false)
  private String registrationNumber;

  /** The number as compared (§5.4, §5.7): {@link RegistrationNumbers#key}. */
  @Column(name = "registration_key", updatable = false)
  private String registrationKey;

  @Column(name = "number_validated", nullable = false, updatable = false)
  private boolean numberValidated;

  @Column(name = "contact_name", updatable = false)
  private String contactName;

  @Column(name = "contact_address", updatable = false)
  private String contactAddress;

  @Column(name = "contact_email", updatable = false)
  private String contactEmail;

  @Column(name = "contact_phone", updatable = false)
  private String contactPhone;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "qualification_version_document",
      joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  @Column(name = "document_id")
  private List<String> documentIds = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected QualificationVersion() {}

  QualificationVersion(
      String accountId, int number, Materials m, List<String> documentIds, Instant at, String by) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.number = number;
    if (m != null) {
      this.subjectType = m.subjectType();
      this.subjectName = m.subjectName();
      this.numberScheme = m.numberScheme();
      this.registrationNumber = m.registrationNumber();
      this.registrationKey =
          m.registrationNumber() == null ? null : RegistrationNumbers.key(m.registrationNumber());
      this.numberValidated = m.numberValidated();
      this.contactName = m.contactName();
      this.contactAddress = m.contactAddress();
      this.contactEmail = m.contactEmail();
      this.contactPhone = m.contactPhone();
    }
    this.documentIds = new ArrayList<>(documentIds);
    this.createdAt = at;
    this.createdBy = by;
  }

  public String accountId() {
    return accountId;
  }

  /** The materials of this version, or null when only documents were given so far. */
  public Materials materials() {
    return subjectType == null
        ? null
        : new Materials(
            subjectType,
            subjectName,
            numberScheme,
            registrationNumber,
            numberValidated,
            contactName,
            contactAddress,
            contactEmail,
            contactPhone);
  }

  /** §2.2, §2.4: subject and contact details given, and at least one document. */
  public boolean isComplete() {
    return subjectType != null && !documentIds.isEmpty();
  }

  public int number() {
    return number;
  }

  public List<String> documentIds() {
    return List.copyOf(documentIds);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
