package com.openplatform.web.page;

import com.openplatform.core.identity.KeycloakSettings;
import com.openplatform.core.identity.PlatformClient;
import com.openplatform.core.tenancy.TenantContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs out of the web module and of the tenant's Keycloak session, then returns to the home page.
 * Only a POST signs out (the header's button): a link or image on another site can't (issue 22). A
 * GET — an old bookmark, the account gate sending a closed account here — answers a page with that
 * button, and changes nothing.
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    java.util.ResourceBundle ui =
        java.util.ResourceBundle.getBundle("com.openplatform.web.i18n.ui", request.getLocale());
    String label = ui.getString("signOut");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + (request.getLocale().getLanguage().equals("zh") ? "zh" : "en")
                + "\"><head><meta charset=\"UTF-8\"><title>"
                + label
                + "</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath()
                + "/jakarta.faces.resource/style.css.xhtml?ln=op\"></head><body><main class=\"op-main\"><h1>"
                + label
                + "</h1><form method=\"post\" action=\""
                + request.getContextPath()
                + "/sign-out\"><button id=\"sign-out\" class=\"op-button\" type=\"submit\">"
                + label
                + "</button></form></main></body></html>");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    String home =
        request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/";
    String client = PlatformClient.forContextRoot(request.getContextPath()).clientId();
    String logout =
        KeycloakSettings.fromSettings().issuer(TenantContext.tenant())
            + "/protocol/openid-connect/logout?client_id="
            + client
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(home, StandardCharsets.UTF_8);
    response.sendRedirect(logout);
  }
}
