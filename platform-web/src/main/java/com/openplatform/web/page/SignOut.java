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
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
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
