package com.openplatform.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openplatform.it.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI descriptions the server publishes are the contract in {@code src/test/openapi}, from
 * which the build generates the client {@code GeneratedClientIT} drives: a change on the server
 * that is not carried into the contract fails here. Each description also keeps the promises a
 * generated SDK depends on: every operation has an id, a tag, a documented success, problem-details
 * refusals, and the secured ones name the security schemes.
 */
class OpenApiContractIT {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  @ParameterizedTest
  @ValueSource(strings = {"portal", "admin", "notices"})
  void servedDescriptionIsTheContract(String module) throws Exception {
    Api.Reply reply = Api.call("demo", "GET", "/" + module + "/openapi?format=JSON", null, null);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode served = comparable(reply.json());
    Path contract = Path.of("src", "test", "openapi", module + "-api.json");
    Path written = Path.of("target", "openapi", module + "-api.json");
    Files.createDirectories(written.getParent());
    Files.writeString(
        written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
    JsonNode expected = comparable(JSON.readTree(contract.toFile()));
    assertThat(served)
        .as(
            "the served /%s/openapi differs from %s; if the change is meant, copy %s over it"
                + " (the generated client follows)",
            module, contract, written)
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"portal", "admin", "notices"})
  void everyOperationIsUsableFromAGeneratedClient(String module) {
    JsonNode api =
        Api.call("demo", "GET", "/" + module + "/openapi?format=JSON", null, null).json();
    assertThat(api.at("/info/title").asText()).isNotBlank();
    assertThat(api.at("/servers/0/url").asText()).contains("{tenant}");
    assertThat(api.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    assertThat(api.at("/components/securitySchemes/openIdConnect/type").asText())
        .isEqualTo("openIdConnect");
    List<String> faults = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode operation = op.getValue();
        if (!operation.has("operationId") || !ids.add(operation.get("operationId").asText())) {
          faults.add(name + ": no unique operationId");
        }
        if (!operation.has("tags")) {
          faults.add(name + ": no tag");
        }
        boolean success = false;
        for (Iterator<String> codes = operation.get("responses").fieldNames(); codes.hasNext(); ) {
          String code = codes.next();
          success |= code.startsWith("2") || code.startsWith("3");
          if (code.startsWith("4") || code.startsWith("5")) {
            if (!operation.at("/responses/" + code + "/content").has("application/problem+json")) {
              faults.add(name + ": " + code + " is not problem details");
            }
          }
        }
        if (!success && !operation.path("x-always-refused").asBoolean()) {
          faults.add(name + ": no success documented");
        }
        if (!operation.at("/responses/503").isObject()) {
          faults.add(name + ": 503 not documented");
        }
        boolean secured = operation.has("security") && !operation.get("security").isEmpty();
        if (secured != operation.at("/responses/401").isObject()) {
          faults.add(name + ": security and 401 disagree");
        }
      }
    }
    assertThat(faults).isEmpty();
    assertThat(ids).hasSizeGreaterThan(5);
  }

  /** The description without what differs between sites: the servers' address pattern. */
  private static JsonNode comparable(JsonNode description) throws Exception {
    ObjectNode copy = (ObjectNode) JSON.readTree(JSON.writeValueAsString(description));
    copy.remove("servers");
    return JSON.readTree(JSON.writeValueAsString(copy));
  }
}
