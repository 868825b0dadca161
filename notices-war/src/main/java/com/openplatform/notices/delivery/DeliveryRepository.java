package com.openplatform.notices.delivery;

import com.openplatform.core.notice.Channel;
import com.openplatform.notices.NoticesData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deliveries of the caller's tenant. */
@ApplicationScoped
public class DeliveryRepository extends NoticesData {

  public void add(Delivery delivery) {
    em().persist(delivery);
  }

  public Optional<Delivery> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(Delivery.class, i));
  }

  /** The delivery, its row locked until the transaction ends (one sender at a time). */
  public Optional<Delivery> locked(String id) {
    return em().createQuery("SELECT d FROM Delivery d WHERE d.id = :id", Delivery.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * The next deliveries to send now (at most {@code limit}), locked until the transaction ends;
   * deliveries another sender holds are skipped ({@code SKIP LOCKED}), so parallel senders never
   * wait for each other nor take the same one.
   */
  public List<Delivery> nextDueLocked(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em().createNativeQuery(
                "SELECT id FROM notice_delivery WHERE tenant_id = ? AND state = 'PENDING'"
                    + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?"
                    + " FOR UPDATE SKIP LOCKED")
            // EclipseLink refuses native SQL in a multitenant unit unless asked: this query names
            // its tenant itself
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .setParameter(1, com.openplatform.core.tenancy.TenantContext.tenant().value())
            .setParameter(2, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(id -> find(id.toString()).orElseThrow()).toList();
  }

  /** How many deliveries of the notice are in each state. */
  public Map<Delivery.State, Long> countsOf(String noticeId) {
    Map<Delivery.State, Long> counts = new EnumMap<>(Delivery.State.class);
    for (Delivery.State s : Delivery.State.values()) {
      counts.put(s, 0L);
    }
    em().createQuery(
            "SELECT d.state, COUNT(d) FROM Delivery d WHERE d.noticeId = :notice GROUP BY d.state",
            Object[].class)
        .setParameter("notice", noticeId)
        .getResultList()
        .forEach(row -> counts.put((Delivery.State) row[0], (Long) row[1]));
    return counts;
  }

  public List<Delivery> ofNotice(String noticeId, Delivery.State state, int first, int max) {
    jakarta.persistence.TypedQuery<Delivery> query =
        em().createQuery(
                "SELECT d FROM Delivery d WHERE d.noticeId = :notice"
                    + (state == null ? "" : " AND d.state = :state")
                    + " ORDER BY d.createdAt, d.id",
                Delivery.class)
            .setParameter("notice", noticeId)
            .setFirstResult(first)
            .setMaxResults(max);
    if (state != null) {
      query.setParameter("state", state);
    }
    return query.getResultList();
  }

  /** Every delivery to one developer (§6.2: what they were sent, when), newest first. */
  public List<Delivery> ofDeveloper(String developerId, int first, int max) {
    return em().createQuery(
            "SELECT d FROM Delivery d WHERE d.developerId = :developer"
                + " ORDER BY d.createdAt DESC, d.id",
            Delivery.class)
        .setParameter("developer", developerId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countOfDeveloper(String developerId) {
    return em().createQuery(
            "SELECT COUNT(d) FROM Delivery d WHERE d.developerId = :developer", Long.class)
        .setParameter("developer", developerId)
        .getSingleResult();
  }

  /** Dead letters, newest first. */
  public List<Delivery> dead(int first, int max) {
    return em().createQuery(
            "SELECT d FROM Delivery d WHERE d.state = :dead ORDER BY d.createdAt DESC, d.id",
            Delivery.class)
        .setParameter("dead", Delivery.State.DEAD)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countDead() {
    return em().createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.state = :dead", Long.class)
        .setParameter("dead", Delivery.State.DEAD)
        .getSingleResult();
  }

  /** A developer's messages on a web channel (inbox or prompts), newest first. */
  public List<Delivery> onChannel(
      String developerId, Channel channel, Boolean archived, int first, int max) {
    return onChannel(
            Delivery.class, "d", developerId, channel, archived, " ORDER BY d.createdAt DESC, d.id")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countOnChannel(String developerId, Channel channel, Boolean archived) {
    return onChannel(Long.class, "COUNT(d)", developerId, channel, archived, "").getSingleResult();
  }

  /** A developer's sent messages on a web channel: all, the archived or the not archived ones. */
  private <T> jakarta.persistence.TypedQuery<T> onChannel(
      Class<T> type,
      String select,
      String developerId,
      Channel channel,
      Boolean archived,
      String order) {
    return em().createQuery(
            "SELECT "
                + select
                + " FROM Delivery d WHERE d.developerId = :developer AND d.channel = :channel"
                + " AND d.state = :sent"
                + (archived == null
                    ? ""
                    : archived ? " AND d.archivedAt IS NOT NULL" : " AND d.archivedAt IS NULL")
                + order,
            type)
        .setParameter("developer", developerId)
        .setParameter("channel", channel)
        .setParameter("sent", Delivery.State.SENT);
  }

  public long unread(String developerId) {
    return em().createQuery(
            "SELECT COUNT(d) FROM Delivery d WHERE d.developerId = :developer"
                + " AND d.channel = :inbox AND d.state = :sent AND d.readAt IS NULL"
                + " AND d.archivedAt IS NULL",
            Long.class)
        .setParameter("developer", developerId)
        .setParameter("inbox", Channel.INBOX)
        .setParameter("sent", Delivery.State.SENT)
        .getSingleResult();
  }

  /** Prompts the developer has not acknowledged yet, oldest first (§6.1). */
  public List<Delivery> openPrompts(String developerId) {
    return em().createQuery(
            "SELECT d FROM Delivery d WHERE d.developerId = :developer AND d.channel = :prompt"
                + " AND d.state = :sent AND d.acknowledgedAt IS NULL ORDER BY d.createdAt, d.id",
            Delivery.class)
        .setParameter("developer", developerId)
        .setParameter("prompt", Channel.PROMPT)
        .setParameter("sent", Delivery.State.SENT)
        .setMaxResults(20)
        .getResultList();
  }

  /** Those of these developers who opted out of commercial messages on the channel. */
  public java.util.Set<String> optedOut(Collection<String> developerIds, Channel channel) {
    if (developerIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        em().createQuery(
                "SELECT o.developerId FROM OptOut o WHERE o.developerId IN :ids"
                    + " AND o.channel = :channel",
                String.class)
            .setParameter("ids", developerIds)
            .setParameter("channel", channel)
            .getResultList());
  }
}
