package com.openplatform.admin.account.web;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.QualificationReview;
import com.openplatform.web.page.Downloads;
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
    Downloads.serve(
        response,
        () -> file(review.download(request.getParameter("account"), request.getParameter("id"))));
  }

  /** A qualification document as a download, for this servlet and the order reviewers' one. */
  public static Downloads.File file(DocumentContent d) {
    return new Downloads.File(d.document().fileName(), d.document().mediaType(), d.content());
  }
}
