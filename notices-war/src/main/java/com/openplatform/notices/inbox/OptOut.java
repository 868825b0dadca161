package com.openplatform.notices.inbox;

import com.openplatform.core.notice.Channel;
import com.openplatform.core.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * §6.3: a developer does not want commercial messages on this channel (legal notices still come).
 */
@Entity
@Table(name = "notice_opt_out")
public class OptOut extends TenantOwned {

  @Id private String id;

  @Column(name = "developer_id", nullable = false, updatable = false)
  private String developerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(nullable = false, updatable = false)
  private Instant at;

  protected OptOut() {}

  public OptOut(String developerId, Channel channel, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.developerId = developerId;
    this.channel = channel;
    this.at = at;
  }

  public String developerId() {
    return developerId;
  }

  public Channel channel() {
    return channel;
  }
}
