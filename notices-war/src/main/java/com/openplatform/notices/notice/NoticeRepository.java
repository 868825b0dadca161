package com.openplatform.notices.notice;

import com.openplatform.notices.NoticesData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notices of the caller's tenant. */
@ApplicationScoped
public class NoticeRepository extends NoticesData {

  public void add(Notice notice) {
    em().persist(notice);
  }

  public Optional<Notice> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(Notice.class, i));
  }

  /** The notice, its row locked until the transaction ends (one fan-out batch at a time). */
  public Optional<Notice> locked(String id) {
    return em().createQuery("SELECT n FROM Notice n WHERE n.id = :id", Notice.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** A fan-out batch is written (the notice is locked by the caller). */
  public void advanced(Notice notice, String next, int found, Instant now) {
    notice.advance(next, found, now);
  }

  public Optional<Notice> byDedupeKey(String key) {
    return em().createQuery("SELECT n FROM Notice n WHERE n.dedupeKey = :key", Notice.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** Notices whose fan-out may run now (their time has come, recipients remain). */
  public List<String> dueForFanOut(Instant now) {
    return em().createQuery(
            "SELECT n.id FROM Notice n WHERE n.state <> :done AND n.sendAt <= :now"
                + " ORDER BY n.sendAt",
            String.class)
        .setParameter("done", Notice.State.FANNED_OUT)
        .setParameter("now", now)
        .getResultList();
  }

  /** Newest first. */
  public List<Notice> page(int first, int max) {
    return em().createQuery("SELECT n FROM Notice n ORDER BY n.createdAt DESC, n.id", Notice.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em().createQuery("SELECT COUNT(n) FROM Notice n", Long.class).getSingleResult();
  }

  /** Web announcements whose time has come, newest first (§6.1). */
  public List<Notice> announcements(Instant now, int first, int max) {
    return em().createQuery(
            "SELECT n FROM Notice n WHERE n.channels LIKE :announcement AND n.sendAt <= :now"
                + " ORDER BY n.sendAt DESC, n.id",
            Notice.class)
        .setParameter("announcement", "%ANNOUNCEMENT%")
        .setParameter("now", now)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countAnnouncements(Instant now) {
    return em().createQuery(
            "SELECT COUNT(n) FROM Notice n WHERE n.channels LIKE :announcement AND n.sendAt <= :now",
            Long.class)
        .setParameter("announcement", "%ANNOUNCEMENT%")
        .setParameter("now", now)
        .getSingleResult();
  }

  /** The notices of these ids (for inbox lists). */
  public java.util.Map<String, Notice> byIds(java.util.Collection<String> ids) {
    java.util.Map<String, Notice> found = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      em().createQuery("SELECT n FROM Notice n WHERE n.id IN :ids", Notice.class)
          .setParameter("ids", ids)
          .getResultStream()
          .forEach(n -> found.put(n.id(), n));
    }
    return found;
  }
}
