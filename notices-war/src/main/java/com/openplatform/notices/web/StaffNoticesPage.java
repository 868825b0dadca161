package com.openplatform.notices.web;

import com.openplatform.core.notice.Audience;
import com.openplatform.core.notice.Channel;
import com.openplatform.core.notice.NoticeKind;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantDirectory;
import com.openplatform.notices.delivery.DeliveryView;
import com.openplatform.notices.notice.ComposeRequest;
import com.openplatform.notices.notice.NoticeDesk;
import com.openplatform.notices.notice.NoticeView;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Staff's notices desk (§6.1–§6.3): compose with the audience's size shown before sending, the
 * notices with their progress, and the dead letters to send again. A sent form redirects to the
 * notice's page, and its key makes a second send of the same form no second notice.
 */
@Named
@ViewScoped
public class StaffNoticesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private final BilingualText text = new BilingualText();

  public BilingualText getText() {
    return text;
  }

  @EJB NoticeDesk desk;

  private NoticeKind kind = NoticeKind.LEGAL;
  private Audience.Type audienceType = Audience.Type.ALL;
  private String developerId;
  private String status;
  private String subjectType;
  private String verified;
  private String hasApprovedApps;
  private String category;
  private List<String> channels = new ArrayList<>(List.of("INBOX", "EMAIL"));
  private LocalDateTime sendAt;
  private final String formKey = UUID.randomUUID().toString();
  private Long audienceSize;
  private transient List<NoticeView> notices;
  private transient List<DeliveryView> deadLetters;

  public List<NoticeView> getNotices() {
    if (notices == null) {
      notices = desk.list(new PageRequest(0, 50)).items();
    }
    return notices;
  }

  public List<DeliveryView> getDeadLetters() {
    if (deadLetters == null) {
      deadLetters = desk.deadLetters(new PageRequest(0, 50)).items();
    }
    return deadLetters;
  }

  public void countAudience() {
    try {
      audienceSize = desk.audienceSize(audience());
    } catch (RuntimeException e) {
      Pages.show(e, "compose");
    }
  }

  public String send() {
    try {
      Set<Channel> chosen = EnumSet.noneOf(Channel.class);
      channels.forEach(c -> chosen.add(Channel.valueOf(c)));
      NoticeView made =
          desk.compose(
              new ComposeRequest(
                  kind,
                  audience(),
                  chosen,
                  text.getSubjectZh(),
                  text.getSubjectEn(),
                  text.getTextZh(),
                  text.getTextEn(),
                  sendAt == null
                      ? null
                      : sendAt.atZone(TenantDirectory.zoneOf(TenantContext.tenant())).toInstant(),
                  formKey));
      Pages.info(
          Pages.text(
              "msg",
              made.state() == com.openplatform.notices.notice.Notice.State.SCHEDULED
                  ? "staff.scheduled"
                  : "staff.sent"));
      Pages.keepMessages();
      return "/staff/notice.xhtml?faces-redirect=true&id=" + made.id();
    } catch (RuntimeException e) {
      Pages.show(e, "compose");
      return null;
    }
  }

  public String retry(String deliveryId) {
    try {
      desk.retry(deliveryId);
      Pages.info(Pages.text("msg", "staff.retried"));
      Pages.keepMessages();
      return "/staff/index.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      Pages.show(e, null);
      return null;
    }
  }

  private ComposeRequest.AudienceForm audience() {
    return new ComposeRequest.AudienceForm(
        audienceType.name(),
        blank(developerId),
        blank(status),
        blank(subjectType),
        bool(verified),
        bool(hasApprovedApps),
        blank(category));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Boolean bool(String s) {
    return s == null || s.isBlank() ? null : Boolean.valueOf(s);
  }

  public Audience.Type[] getAudienceTypes() {
    return Audience.Type.values();
  }

  public Channel[] getChannelChoices() {
    return new Channel[] {Channel.ANNOUNCEMENT, Channel.PROMPT, Channel.INBOX, Channel.EMAIL};
  }

  public NoticeKind[] getKinds() {
    return NoticeKind.values();
  }

  public Long getAudienceSize() {
    return audienceSize;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public void setKind(NoticeKind kind) {
    this.kind = kind;
  }

  public Audience.Type getAudienceType() {
    return audienceType;
  }

  public void setAudienceType(Audience.Type audienceType) {
    this.audienceType = audienceType;
  }

  public String getDeveloperId() {
    return developerId;
  }

  public void setDeveloperId(String developerId) {
    this.developerId = developerId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public String getVerified() {
    return verified;
  }

  public void setVerified(String verified) {
    this.verified = verified;
  }

  public String getHasApprovedApps() {
    return hasApprovedApps;
  }

  public void setHasApprovedApps(String hasApprovedApps) {
    this.hasApprovedApps = hasApprovedApps;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<String> getChannels() {
    return channels;
  }

  public void setChannels(List<String> channels) {
    this.channels = channels;
  }

  public LocalDateTime getSendAt() {
    return sendAt;
  }

  public void setSendAt(LocalDateTime sendAt) {
    this.sendAt = sendAt;
  }
}
