package com.openplatform.portal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.core.identity.KeycloakSettings;
import com.openplatform.core.tenancy.TenantContext;
import com.openplatform.core.tenancy.TenantHosts;
import com.openplatform.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API reference page: this tenant's base address and token endpoint, and the operations of the
 * portal API grouped by tag, read from the description the server publishes at {@code
 * /portal/openapi} (so the page can't disagree with it). Rendered on the server in the platform's
 * look, rather than by Swagger UI, whose own markup fails WCAG 2.1 AA checks (contrast, nested
 * controls, unlabelled inputs) that every page here must pass.
 */
@Named
@ApplicationScoped
public class ApiReference {

  /** One operation as the page lists it. */
  public record OperationRow(
      String method,
      String path,
      String operationId,
      String summary,
      String successes,
      String refusals,
      boolean secured) {

    public String getMethod() {
      return method;
    }

    public String getPath() {
      return path;
    }

    public String getOperationId() {
      return operationId;
    }

    public String getSummary() {
      return summary;
    }

    public String getSuccesses() {
      return successes;
    }

    public String getRefusals() {
      return refusals;
    }

    public boolean isSecured() {
      return secured;
    }
  }

  /** The operations of one tag. */
  public record Group(String tag, String description, List<OperationRow> operations) {
    public String getTag() {
      return tag;
    }

    public String getDescription() {
      return description;
    }

    public List<OperationRow> getOperations() {
      return operations;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private final TenantHosts hosts = TenantHosts.fromSettings();
  private final KeycloakSettings keycloak = KeycloakSettings.fromSettings();
  private volatile List<Group> groups;

  @Inject HttpServletRequest request;

  public String getServer() {
    return tenant().map(t -> hosts.baseUrl(t) + "/portal/api").orElse("");
  }

  public String getTokenEndpoint() {
    return tenant().map(t -> keycloak.issuer(t) + "/protocol/openid-connect/token").orElse("");
  }

  public String getDiscovery() {
    return tenant()
        .map(t -> hosts.baseUrl(t) + "/portal/api/.well-known/openid-configuration")
        .orElse("");
  }

  /** The operations by tag; the description is read once from this server and kept. */
  public List<Group> getGroups() {
    List<Group> known = groups;
    if (known == null) {
      known = read();
      groups = known;
    }
    return known;
  }

  private List<Group> read() {
    URI own =
        URI.create("http://127.0.0.1:" + request.getLocalPort() + "/portal/openapi?format=JSON");
    try {
      HttpResponse<String> reply =
          HTTP.send(
              HttpRequest.newBuilder(own).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.ofString());
      return groups(new ObjectMapper().readTree(reply.body()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<Group> groups(JsonNode description) {
    Map<String, List<OperationRow>> byTag = new LinkedHashMap<>();
    Map<String, String> tagDescriptions = new LinkedHashMap<>();
    for (JsonNode tag : description.path("tags")) {
      tagDescriptions.put(tag.path("name").asText(), tag.path("description").asText(""));
      byTag.put(tag.path("name").asText(), new ArrayList<>());
    }
    for (Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        JsonNode operation = op.getValue();
        List<String> successes = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Iterator<String> codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
          String code = codes.next();
          (code.startsWith("4") || code.startsWith("5") ? refusals : successes).add(code);
        }
        String tag = operation.path("tags").path(0).asText("other");
        byTag
            .computeIfAbsent(tag, t -> new ArrayList<>())
            .add(
                new OperationRow(
                    op.getKey().toUpperCase(Locale.ROOT),
                    path.getKey(),
                    operation.path("operationId").asText(""),
                    operation.path("summary").asText(""),
                    String.join(" ", successes),
                    String.join(" ", refusals),
                    operation.has("security") && !operation.path("security").isEmpty()));
      }
    }
    List<Group> result = new ArrayList<>();
    byTag.forEach(
        (tag, rows) -> {
          if (!rows.isEmpty()) {
            result.add(new Group(tag, tagDescriptions.getOrDefault(tag, ""), List.copyOf(rows)));
          }
        });
    return List.copyOf(result);
  }

  private static Optional<TenantId> tenant() {
    return TenantContext.current().map(c -> c.tenant());
  }
}
