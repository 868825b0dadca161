package com.openplatform.admin.verification.web;

import com.openplatform.admin.account.web.DocumentDownload;
import com.openplatform.billing.verification.VerificationDesk;
import com.openplatform.web.page.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Opens a document of an order's qualification materials for its reviewer (§2.4.2: an
 * organisation's reviewers only for the orders assigned to it; the EJB checks).
 */
@WebServlet("/order-documents")
public class OrderDocumentDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB VerificationDesk desk;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.serve(
        response,
        () ->
            DocumentDownload.file(
                desk.document(request.getParameter("order"), request.getParameter("id"))));
  }
}
