package com.openplatform.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An application's client-credentials request at its tenant realm's token endpoint, sent from a
 * chosen loopback address ({@code 127.0.0.2}, {@code 127.0.0.3} …: Linux answers the whole
 * 127.0.0.0/8), so that Keycloak sees that address as the caller's and the app's IP allow-list can
 * be tried from inside and outside. Plain HTTP/1.0 over a socket: the JDK client cannot choose its
 * local address on Java 17.
 */
public final class AppTokenRequest {

  /** A reply of the token endpoint. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public JsonNode json() {
      try {
        return Api.JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private AppTokenRequest() {}

  /** The tenant's token endpoint, as the portal shows it. */
  public static String endpoint(String tenant) {
    return Stack.config().keycloakUrl() + "/realms/" + tenant + "/protocol/openid-connect/token";
  }

  /** {@code grant_type=client_credentials} with AppID and AppSecret in the form. */
  public static Reply clientCredentials(String tenant, String appId, String secret, String from) {
    return send(
        tenant,
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(appId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8),
        from,
        Map.of());
  }

  /** A form to the tenant's token endpoint from {@code from}, with extra request headers. */
  public static Reply send(String tenant, String form, String from, Map<String, String> headers) {
    URI uri = URI.create(endpoint(tenant));
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder("POST ")
            .append(uri.getRawPath())
            .append(" HTTP/1.0\r\nHost: ")
            .append(uri.getHost())
            .append(':')
            .append(uri.getPort())
            .append(
                "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/json")
            .append("\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("token request from " + from, e);
    }
  }

  private static Reply parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }
}
