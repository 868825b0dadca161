package com.openplatform.portal.qualification.web;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.QualificationMaterials;
import com.openplatform.core.problem.ProblemException;
import com.openplatform.web.page.Downloads;
import com.openplatform.web.page.Pages;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads one of the signed-in developer's own documents from the materials page. */
@WebServlet("/account/documents")
public class DocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB QualificationMaterials materials;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DocumentContent document;
    try {
      document = materials.download(request.getParameter("id"));
    } catch (RuntimeException e) {
      if (Pages.refusal(e) instanceof ProblemException) {
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
