package com.openplatform.notices.delivery;

import com.openplatform.notices.notice.NoticeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The reads a notices round starts from, each in a transaction of its own. */
@Stateless
@PermitAll
public class NoticeQueries {

  @Inject NoticeRepository notices;

  public List<String> dueForFanOut() {
    return notices.dueForFanOut(Instant.now());
  }
}
