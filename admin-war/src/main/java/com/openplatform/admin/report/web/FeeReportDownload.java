package com.openplatform.admin.report.web;

import com.openplatform.billing.report.FeeReports;
import com.openplatform.billing.report.FeeReports.ReportFile;
import com.openplatform.web.page.Downloads;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads a finished fee report from the reports page (finance, tenant administrators). */
@WebServlet("/fee-report-files")
public class FeeReportDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB FeeReports reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Downloads.serveFile(
        response,
        () -> {
          ReportFile file = reports.file(request.getParameter("id"));
          return new Downloads.OnDisk(file.fileName(), file.contentType(), file.path());
        });
  }
}
