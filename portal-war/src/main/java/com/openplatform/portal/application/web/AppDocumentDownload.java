package com.openplatform.portal.application.web;

import com.openplatform.apps.application.Documents;
import com.openplatform.apps.application.MyApplications;
import com.openplatform.web.page.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads a licence or copyright document of one of the signed-in developer's applications. */
@WebServlet("/account/app-documents")
public class AppDocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB MyApplications apps;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.serve(
        response,
        () -> {
          Documents.Content d =
              apps.document(request.getParameter("app"), request.getParameter("id"));
          return new Downloads.File(d.fileName(), d.mediaType(), d.bytes());
        });
  }
}
