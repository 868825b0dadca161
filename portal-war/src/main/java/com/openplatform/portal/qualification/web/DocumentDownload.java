package com.openplatform.portal.qualification.web;

import com.openplatform.accounts.qualification.DocumentContent;
import com.openplatform.accounts.qualification.QualificationMaterials;
import com.openplatform.web.page.Downloads;
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
    Downloads.serve(
        response,
        () -> {
          DocumentContent d = materials.download(request.getParameter("id"));
          return new Downloads.File(d.document().fileName(), d.document().mediaType(), d.content());
        });
  }
}
