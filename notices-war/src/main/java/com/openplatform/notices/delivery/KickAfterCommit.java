package com.openplatform.notices.delivery;

import com.openplatform.notices.notice.NoticeCreated;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** A new notice starts its tenant's round once its transaction has committed. */
@ApplicationScoped
public class KickAfterCommit {

  @EJB NoticeRounds rounds;

  void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeCreated event) {
    rounds.kick(event.tenant());
  }
}
