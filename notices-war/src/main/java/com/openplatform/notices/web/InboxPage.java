package com.openplatform.notices.web;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.inbox.InboxMessage;
import com.openplatform.notices.inbox.MyNotices;
import com.openplatform.notices.inbox.PhoneCode;
import com.openplatform.notices.inbox.PhoneStatus;
import com.openplatform.notices.inbox.Preferences;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * A developer's notices (§6.1–§6.3): prompts to acknowledge first, then the inbox or its archive,
 * and the choice of commercial messages. Every action redirects back (a reload repeats nothing).
 */
@Named
@RequestScoped
public class InboxPage {

  private static final String SELF = "/inbox/index.xhtml?faces-redirect=true";

  @EJB MyNotices notices;

  private boolean archived;
  private List<InboxMessage> messages;
  private List<InboxMessage> prompts;
  private Boolean email;
  private Boolean sms;
  private Boolean inbox;

  public List<InboxMessage> getPrompts() {
    if (prompts == null) {
      prompts = notices.prompts();
    }
    return prompts;
  }

  private List<com.openplatform.notices.delivery.DeliveryView> sent;

  /** §6.2: what was sent to the developer on every channel, and when (the newest 50). */
  public List<com.openplatform.notices.delivery.DeliveryView> getSent() {
    if (sent == null) {
      sent = notices.deliveries(new PageRequest(0, 50)).items();
    }
    return sent;
  }

  public List<InboxMessage> getMessages() {
    if (messages == null) {
      messages = notices.inbox(archived, new PageRequest(0, 100)).items();
    }
    return messages;
  }

  public String acknowledge(String id) {
    notices.acknowledge(id);
    Pages.info(Pages.text("msg", "inbox.acknowledged"));
    Pages.keepMessages();
    return SELF;
  }

  public String toggleRead(String id, boolean read) {
    notices.markRead(id, !read);
    return SELF + (archived ? "&archived=true" : "");
  }

  public String toggleArchived(String id, boolean isArchived) {
    notices.archive(id, !isArchived);
    return SELF + (archived ? "&archived=true" : "");
  }

  public String savePreferences() {
    try {
      notices.setPreferences(new Preferences(getEmail(), getSms(), getInbox()));
      Pages.info(Pages.text("msg", "inbox.preferencesSaved"));
      Pages.keepMessages();
      return SELF;
    } catch (RuntimeException e) {
      Pages.show(e, "preferences");
      return null;
    }
  }

  private PhoneStatus phone;
  private String code;

  public PhoneStatus getPhone() {
    if (phone == null) {
      phone = notices.phone();
    }
    return phone;
  }

  public String sendCode() {
    try {
      notices.sendPhoneCode();
      Pages.info(Pages.text("msg", "inbox.codeSent"));
      Pages.keepMessages();
      return SELF;
    } catch (RuntimeException e) {
      Pages.show(e, "phone");
      return null;
    }
  }

  public String confirmPhone() {
    try {
      if (notices.confirmPhone(new PhoneCode(code)).confirmed()) {
        Pages.info(Pages.text("msg", "inbox.phoneConfirmed"));
        Pages.keepMessages();
        return SELF;
      }
      Pages.fieldError("phone", "code", Pages.text("msg", "inbox.codeWrong"));
      return null;
    } catch (RuntimeException e) {
      Pages.show(e, "phone");
      return null;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  private void loadPreferences() {
    if (email == null) {
      Preferences p = notices.preferences();
      email = p.commercialEmail();
      sms = p.commercialSms();
      inbox = p.commercialInbox();
    }
  }

  public boolean isArchived() {
    return archived;
  }

  public void setArchived(boolean archived) {
    this.archived = archived;
  }

  public Boolean getEmail() {
    loadPreferences();
    return email;
  }

  public void setEmail(Boolean email) {
    loadPreferences();
    this.email = email;
  }

  public Boolean getSms() {
    loadPreferences();
    return sms;
  }

  public void setSms(Boolean sms) {
    loadPreferences();
    this.sms = sms;
  }

  public Boolean getInbox() {
    loadPreferences();
    return inbox;
  }

  public void setInbox(Boolean inbox) {
    loadPreferences();
    this.inbox = inbox;
  }
}
