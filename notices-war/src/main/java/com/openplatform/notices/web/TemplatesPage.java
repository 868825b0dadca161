package com.openplatform.notices.web;

import com.openplatform.notices.notice.NoticeText;
import com.openplatform.notices.notice.TemplateDesk;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A tenant administrator words the notices other modules send (§6.1): pick a topic, edit both
 * languages, preview with sample values, save or go back to the platform's wording.
 */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private final BilingualText text = new BilingualText();

  public BilingualText getText() {
    return text;
  }

  @EJB TemplateDesk desk;

  private String topic;
  private NoticeText preview;
  private transient List<TemplateDesk.TemplateView> topics;

  /** Loads the chosen topic's wording into the form (the view parameter's listener). */
  public void load() {
    if (topic != null && text.getSubjectZh() == null) {
      try {
        TemplateDesk.TemplateView v = desk.get(topic);
        text.setSubjectZh(v.text().subjectZh());
        text.setSubjectEn(v.text().subjectEn());
        text.setTextZh(v.text().textZh());
        text.setTextEn(v.text().textEn());
      } catch (RuntimeException e) {
        Pages.show(e, null);
        topic = null;
      }
    }
  }

  public List<TemplateDesk.TemplateView> getTopics() {
    if (topics == null) {
      topics = desk.list();
    }
    return topics;
  }

  public String save() {
    try {
      desk.set(
          topic,
          new TemplateDesk.TemplateForm(
              text.getSubjectZh(), text.getSubjectEn(), text.getTextZh(), text.getTextEn()));
      Pages.info(Pages.text("msg", "templates.saved"));
      Pages.keepMessages();
      return "/staff/templates.xhtml?faces-redirect=true&topic=" + topic;
    } catch (RuntimeException e) {
      Pages.show(e, "template");
      return null;
    }
  }

  public String reset() {
    desk.reset(topic);
    Pages.info(Pages.text("msg", "templates.reset"));
    Pages.keepMessages();
    return "/staff/templates.xhtml?faces-redirect=true&topic=" + topic;
  }

  /** The preview of what is saved (a developer reads it filled with sample values). */
  public NoticeText getPreview() {
    if (preview == null && topic != null) {
      preview = desk.preview(topic, Map.of());
    }
    return preview;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }
}
