package com.openplatform.admin.account.web;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.QualificationReview;
import com.openplatform.web.page.Downloads;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Lets staff open a developer's qualification document from the account page. */
@WebServlet("/documents")
public class DocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB QualificationReview review;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentContent document;
    try {
      document = review.download(request.getParameter("account"), request.getParameter("id"));
    } catch (RuntimeException e) {
      if (Pages.refusal(e) != null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    Downloads.write(
        response,
        document.document().fileName(),
        document.document().mediaType(),
        document.content());
  }
}
