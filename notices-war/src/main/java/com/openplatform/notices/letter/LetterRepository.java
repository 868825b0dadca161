package com.openplatform.notices.letter;

import com.openplatform.notices.NoticesData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Written notices of the caller's tenant (§6.4). */
@ApplicationScoped
public class LetterRepository extends NoticesData {

  void add(Object entity) {
    em().persist(entity);
  }

  Optional<Letter> find(String id) {
    return Optional.ofNullable(id).map(i -> em().find(Letter.class, i));
  }

  Optional<Letter> locked(String id) {
    return find(id).map(l -> em().find(Letter.class, l.id(), LockModeType.PESSIMISTIC_WRITE));
  }

  /** Newest first, of one developer or (null) all; in one state or (null) any. */
  List<Letter> page(String developerId, Letter.State state, int first, int max) {
    return query(Letter.class, "SELECT l", developerId, state, " ORDER BY l.receivedAt DESC, l.id")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  long count(String developerId, Letter.State state) {
    return query(Long.class, "SELECT COUNT(l)", developerId, state, "").getSingleResult();
  }

  private <T> TypedQuery<T> query(
      Class<T> type, String select, String developerId, Letter.State state, String order) {
    TypedQuery<T> q =
        em().createQuery(
                select
                    + " FROM Letter l WHERE 1 = 1"
                    + (developerId == null ? "" : " AND l.developerId = :developer")
                    + (state == null ? "" : " AND l.state = :state")
                    + order,
                type);
    if (developerId != null) {
      q.setParameter("developer", developerId);
    }
    if (state != null) {
      q.setParameter("state", state);
    }
    return q;
  }

  long countSince(String developerId, java.time.Instant since) {
    return em().createQuery(
            "SELECT COUNT(l) FROM Letter l WHERE l.developerId = :developer"
                + " AND l.receivedAt >= :since",
            Long.class)
        .setParameter("developer", developerId)
        .setParameter("since", since)
        .getSingleResult();
  }

  List<LetterReply> replies(String letterId) {
    return em().createQuery(
            "SELECT r FROM LetterReply r WHERE r.letterId = :letter ORDER BY r.at",
            LetterReply.class)
        .setParameter("letter", letterId)
        .getResultList();
  }

  List<LetterAttachment> attachments(String letterId) {
    return em().createQuery(
            "SELECT a FROM LetterAttachment a WHERE a.letterId = :letter ORDER BY a.uploadedAt",
            LetterAttachment.class)
        .setParameter("letter", letterId)
        .getResultList();
  }

  Optional<LetterAttachment> attachment(String letterId, String attachmentId) {
    return Optional.ofNullable(attachmentId)
        .map(i -> em().find(LetterAttachment.class, i))
        .filter(a -> a.letterId().equals(letterId));
  }
}
