package com.openplatform.notices.web;

import com.openplatform.core.document.DocumentCheck;
import com.openplatform.core.paging.PageRequest;
import com.openplatform.notices.letter.LetterForm;
import com.openplatform.notices.letter.LetterView;
import com.openplatform.notices.letter.Letters;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * §6.4: a developer writes to the operator — subject, text, a document — and reads their written
 * notices with the answers. Sending redirects back (a reload sends nothing again).
 */
@Named
@RequestScoped
public class LettersPage {

  @EJB Letters letters;

  private String subject;
  private String body;
  private Part file;
  private List<LetterView> mine;

  public List<LetterView> getMine() {
    if (mine == null) {
      mine = letters.mine(new PageRequest(0, 50)).items();
    }
    return mine;
  }

  public String send() {
    try {
      LetterView letter = letters.write(new LetterForm(subject, body));
      if (file != null && file.getSize() > 0) {
        try (InputStream in = file.getInputStream()) {
          letters.attach(letter.id(), file.getSubmittedFileName(), DocumentCheck.read(in));
        }
      }
      Pages.info(Pages.text("msg", "letters.received").replace("{0}", letter.number()));
      Pages.keepMessages();
      return "/inbox/letters.xhtml?faces-redirect=true";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      Pages.show(e, "write");
      return null;
    }
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
