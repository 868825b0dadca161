package com.openplatform.web.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Brings a person back to the page they asked for, query included, after signing in: Elytron's OIDC
 * sends Keycloak the page's address without its query (so {@code order.xhtml?id=…} came back as
 * {@code order.xhtml}, which then showed "not found"). When a page's answer is the redirect to the
 * sign-in, the asked-for path and query are kept in a short-lived cookie of the web module; when
 * the sign-in lands on that path without a query, it is sent on to the kept address, once. Only a
 * path of the same web module is ever a target (never another site), and the API is not involved
 * (it answers 401, never a redirect).
 */
public class ReturnAfterSignIn implements ServletExtension {

  static final String COOKIE = "op_return";
  static final int MAX_AGE_SECONDS = 600;
  static final int MAX_LENGTH = 2000;

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    String contextPath = context.getContextPath();
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              if (!Methods.GET.equals(exchange.getRequestMethod())
                  || RequestPaths.isApi(exchange.getRequestPath())) {
                next.handleRequest(exchange);
                return;
              }
              Cookie kept = exchange.getRequestCookie(COOKIE);
              Optional<String> target =
                  kept == null
                      ? Optional.empty()
                      : target(decode(kept.getValue()), contextPath, exchange.getRequestPath());
              if (exchange.getQueryString().isEmpty() && target.isPresent()) {
                forget(exchange, contextPath);
                exchange.setStatusCode(302);
                exchange.getResponseHeaders().put(Headers.LOCATION, target.get());
                exchange.endExchange();
                return;
              }
              if (!exchange.getQueryString().isEmpty()) {
                String asked = exchange.getRequestPath() + "?" + exchange.getQueryString();
                exchange.addResponseCommitListener(
                    ex -> {
                      if (ex.getStatusCode() == 302
                          && toSignIn(ex)
                          && asked.length() <= MAX_LENGTH) {
                        ex.setResponseCookie(
                            new CookieImpl(COOKIE, URLEncoder.encode(asked, StandardCharsets.UTF_8))
                                .setPath(contextPath)
                                .setHttpOnly(true)
                                .setSameSiteMode("Lax")
                                .setMaxAge(MAX_AGE_SECONDS));
                      }
                    });
              }
              next.handleRequest(exchange);
            });
  }

  /**
   * Where to send a request for {@code path} that carries the kept address: the kept address when
   * it is a page of this web module at that same path with a query; else nowhere.
   */
  static Optional<String> target(String kept, String contextPath, String path) {
    if (kept == null
        || kept.length() > MAX_LENGTH
        || !kept.startsWith(contextPath + "/")
        || kept.startsWith("//")
        || kept.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
      return Optional.empty();
    }
    int question = kept.indexOf('?');
    if (question < 0 || !kept.substring(0, question).equals(path)) {
      return Optional.empty();
    }
    return Optional.of(kept);
  }

  private static boolean toSignIn(HttpServerExchange exchange) {
    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
    return location != null && location.contains("/protocol/openid-connect/auth");
  }

  private static void forget(HttpServerExchange exchange, String contextPath) {
    exchange.setResponseCookie(
        new CookieImpl(COOKIE, "").setPath(contextPath).setHttpOnly(true).setMaxAge(0));
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
