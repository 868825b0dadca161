package com.openplatform.notices.web;

import com.openplatform.notices.letter.LetterAttachment;
import com.openplatform.notices.letter.LetterDesk;
import com.openplatform.notices.letter.Letters;
import com.openplatform.web.page.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A document of a written notice (§6.4) on the pages: the developer's own under {@code /inbox/},
 * any of the tenant's for staff under {@code /staff/}; the EJBs decide who may read which.
 */
@WebServlet({"/inbox/letter-document", "/staff/letter-document"})
public class LetterAttachmentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB Letters letters;
  @EJB LetterDesk desk;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.serve(
        response,
        () -> {
          String letter = request.getParameter("letter");
          String id = request.getParameter("id");
          LetterAttachment a =
              request.getServletPath().startsWith("/staff/")
                  ? desk.attachment(letter, id)
                  : letters.attachment(letter, id);
          return new Downloads.File(a.fileName(), a.mediaType(), a.content());
        });
  }
}
