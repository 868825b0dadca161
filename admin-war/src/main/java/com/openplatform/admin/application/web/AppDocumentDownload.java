package com.openplatform.admin.application.web;

import com.openplatform.apps.application.ApplicationReview;
import com.openplatform.apps.application.Documents;
import com.openplatform.web.page.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads a licence or copyright document of an application for review (staff roles only). */
@WebServlet("/app-documents")
public class AppDocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB ApplicationReview review;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.serve(
        response,
        () -> {
          Documents.Content d =
              review.document(request.getParameter("app"), request.getParameter("id"));
          return new Downloads.File(d.fileName(), d.mediaType(), d.bytes());
        });
  }
}
