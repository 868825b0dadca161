package com.openplatform.core.health;

import com.openplatform.core.identity.KeycloakSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of each peer the platform needs, each check bounded to two seconds, served with
 * WildFly's own checks at {@code :9990/health/ready}: the database answers, Keycloak's master realm
 * answers, the mail server accepts connections. Liveness ({@code /health/live}) is the platform's
 * own.
 */
@ApplicationScoped
public class PeerChecks {

  static final Duration BOUND = Duration.ofSeconds(2);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(BOUND).version(HttpClient.Version.HTTP_1_1).build();

  @Resource(lookup = "java:jboss/datasources/PlatformDS")
  DataSource database;

  @Resource(lookup = "java:jboss/mail/Platform")
  Session mail;

  /**
   * Liveness is the platform's own: its deployment answers. A peer that is down makes the platform
   * not ready (503s for what needs the peer), never "dead": restarting WildFly would not help.
   */
  @Liveness
  @jakarta.enterprise.inject.Produces
  HealthCheck platformCheck() {
    return () -> HealthCheckResponse.named("platform").up().build();
  }

  /**
   * Up once every bootstrap tenant is provisioned and seeded: the default run prints its banner,
   * and the tests begin, when it is.
   */
  @Readiness
  @jakarta.enterprise.inject.Produces
  HealthCheck tenantsCheck() {
    return () ->
        HealthCheckResponse.named("tenants")
            .status(com.openplatform.core.tenancy.TenantDirectory.bootstrapped())
            .build();
  }

  @Readiness
  @jakarta.enterprise.inject.Produces
  HealthCheck databaseCheck() {
    return () -> {
      try (Connection c = database.getConnection()) {
        return respond("database", c.isValid((int) BOUND.toSeconds()), null);
      } catch (SQLException | RuntimeException e) {
        return respond("database", false, e.getMessage());
      }
    };
  }

  @Readiness
  @jakarta.enterprise.inject.Produces
  HealthCheck keycloakCheck() {
    return () -> {
      String url = KeycloakSettings.fromSettings().url() + "/realms/master";
      try {
        HttpResponse<Void> response =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(BOUND).build(),
                HttpResponse.BodyHandlers.discarding());
        return respond("keycloak", response.statusCode() == 200, "HTTP " + response.statusCode());
      } catch (IOException e) {
        return respond("keycloak", false, e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return respond("keycloak", false, "interrupted");
      }
    };
  }

  @Readiness
  @jakarta.enterprise.inject.Produces
  HealthCheck mailCheck() {
    return () -> {
      String host = mail.getProperty("mail.smtp.host");
      int port =
          Integer.parseInt(
              mail.getProperty("mail.smtp.port") == null
                  ? "25"
                  : mail.getProperty("mail.smtp.port"));
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), (int) BOUND.toMillis());
        return respond("mail", true, host + ":" + port);
      } catch (IOException | RuntimeException e) {
        return respond("mail", false, host + ":" + port + " " + e.getClass().getSimpleName());
      }
    };
  }

  private static HealthCheckResponse respond(String peer, boolean up, String detail) {
    var builder = HealthCheckResponse.named(peer).status(up);
    if (detail != null) {
      builder.withData("detail", detail);
    }
    return builder.build();
  }
}
