package com.openplatform.notices.web;

import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.letter.Letter;
import com.openplatform.notices.letter.LetterDesk;
import com.openplatform.notices.letter.LetterView;
import com.openplatform.notices.letter.ReplyForm;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** §6.4: staff's queue of written notices: read, answer, close; every action redirects back. */
@Named
@RequestScoped
public class LetterDeskPage {

  private static final String SELF = "/staff/letters.xhtml?faces-redirect=true";

  @EJB LetterDesk desk;

  private String state = "OPEN";
  private String reply;
  private List<LetterView> letters;

  public List<LetterView> getLetters() {
    if (letters == null) {
      Letter.State wanted = "ALL".equals(state) ? null : Letter.State.valueOf(state);
      letters = desk.queue(wanted, new PageRequest(0, 100)).items();
    }
    return letters;
  }

  public String reply(String id) {
    try {
      desk.reply(id, new ReplyForm(reply));
      Pages.info(Pages.text("msg", "letters.answered"));
      Pages.keepMessages();
      return SELF + "&state=" + state;
    } catch (RuntimeException e) {
      Pages.show(e, null);
      return null;
    }
  }

  public String close(String id) {
    desk.close(id);
    Pages.info(Pages.text("msg", "letters.closed"));
    Pages.keepMessages();
    return SELF + "&state=" + state;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = List.of("OPEN", "ANSWERED", "CLOSED", "ALL").contains(state) ? state : "OPEN";
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
