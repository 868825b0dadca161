package com.openplatform.apps.application;

import com.openplatform.core.persistence.LinesConverter;
import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A developer's application (§2.5–§2.8): what was submitted, its review state and its AppID. */
@Entity
@Table(name = "application")
@NamedQuery(
    name = "Application.ofDeveloper",
    query =
        "SELECT a FROM Application a WHERE a.developerId = :developer ORDER BY a.createdAt DESC")
@NamedQuery(
    name = "Application.countOfDeveloper",
    query =
        "SELECT COUNT(a) FROM Application a WHERE a.developerId = :developer"
            + " AND a.state <> com.openplatform.apps.application.ApplicationState.OFFLINE")
@NamedQuery(
    name = "Application.countAllOfDeveloper",
    query = "SELECT COUNT(a) FROM Application a WHERE a.developerId = :developer")
@NamedQuery(
    name = "Application.countInState",
    query = "SELECT COUNT(a) FROM Application a WHERE a.state = :state")
@NamedQuery(
    name = "Application.byNameKey",
    query =
        "SELECT a FROM Application a WHERE a.nameKey = :key"
            + " AND a.state <> com.openplatform.apps.application.ApplicationState.OFFLINE")
@NamedQuery(
    name = "Application.byAppId",
    query = "SELECT a FROM Application a WHERE a.appId = :appId")
public class Application extends TenantOwned {

  @Id private String id;

  @Column(name = "developer_id", nullable = false, updatable = false)
  private String developerId;

  private String name;

  @Column(name = "name_key")
  private String nameKey;

  private String description;

  @Enumerated(EnumType.STRING)
  private Category category;

  private String website;

  @Column(name = "privacy_policy_url")
  private String privacyPolicyUrl;

  @Column(name = "customer_service")
  private String customerService;

  @Column(name = "claims_contact")
  private String claimsContact;

  @Column(name = "powered_by_ack")
  private boolean poweredByAcknowledged;

  @Convert(converter = LinesConverter.class)
  private List<String> domains = List.of();

  @Convert(converter = LinesConverter.class)
  private List<String> links = List.of();

  @Column(name = "third_party_accounts")
  @Convert(converter = LinesConverter.class)
  private List<String> thirdPartyAccounts = List.of();

  /** Addresses and CIDR blocks the app's token requests may come from; empty: any. */
  @Column(name = "ip_allow_list")
  @Convert(converter = LinesConverter.class)
  private List<String> ipAllowList = List.of();

  @Enumerated(EnumType.STRING)
  private ApplicationState state;

  @Column(name = "app_id")
  private String appId;

  @Column(name = "secret_issued_at")
  private Instant secretIssuedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Application() {}

  Application(String developerId, CheckedForm form, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.developerId = developerId;
    this.createdAt = now;
    apply(form, now);
  }

  /** Takes the checked form and submits the application for review again. */
  void apply(CheckedForm form, Instant now) {
    this.name = form.name();
    this.nameKey = form.nameKey();
    this.description = form.description();
    this.category = form.category();
    this.website = form.website();
    this.privacyPolicyUrl = form.privacyPolicyUrl();
    this.customerService = form.customerService();
    this.claimsContact = form.claimsContact();
    this.poweredByAcknowledged = true;
    this.domains = form.domains();
    this.links = form.links();
    this.thirdPartyAccounts = form.thirdPartyAccounts();
    this.state =
        state == null ? ApplicationState.SUBMITTED : state.after(ApplicationState.Step.CHANGE);
    this.updatedAt = now;
  }

  void approve(String appId, Instant now) {
    this.state = state.after(ApplicationState.Step.APPROVE);
    if (this.appId == null) {
      this.appId = appId;
    }
    this.updatedAt = now;
  }

  void reject(Instant now) {
    this.state = state.after(ApplicationState.Step.REJECT);
    this.updatedAt = now;
  }

  void takeOffline(Instant now) {
    this.state = state.after(ApplicationState.Step.TAKE_OFFLINE);
    this.updatedAt = now;
  }

  void allowFrom(List<String> ranges, Instant now) {
    state.require(ApplicationState.Step.AMEND);
    this.ipAllowList = List.copyOf(ranges);
    this.updatedAt = now;
  }

  void secretIssued(Instant now) {
    state.require(ApplicationState.Step.ISSUE_SECRET);
    this.secretIssuedAt = now;
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String developerId() {
    return developerId;
  }

  public String name() {
    return name;
  }

  public String nameKey() {
    return nameKey;
  }

  public String description() {
    return description;
  }

  public Category category() {
    return category;
  }

  public String website() {
    return website;
  }

  public String privacyPolicyUrl() {
    return privacyPolicyUrl;
  }

  public String customerService() {
    return customerService;
  }

  public String claimsContact() {
    return claimsContact;
  }

  public List<String> domains() {
    return domains;
  }

  public List<String> links() {
    return links;
  }

  public List<String> thirdPartyAccounts() {
    return thirdPartyAccounts;
  }

  public List<String> ipAllowList() {
    return ipAllowList;
  }

  public ApplicationState state() {
    return state;
  }

  public String appId() {
    return appId;
  }

  public Instant secretIssuedAt() {
    return secretIssuedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
