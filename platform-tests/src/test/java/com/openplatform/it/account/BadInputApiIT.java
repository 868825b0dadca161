package com.openplatform.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Stack;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JSON endpoint refuses a body that is not JSON, has a field of the wrong type, or a field
 * the operation does not know — with 400 problem details, and without changing anything.
 */
class BadInputApiIT {

  private record Endpoint(String method, String path, String who, String typedField) {}

  @Test
  void everyJsonEndpointRefusesMalformedBodies() {
    String email = Accounts.newEmail("bad");
    String accountId = Accounts.registerConfirmed("demo", email, "bad-input-pass");
    String developer = Api.token("demo", email, "bad-input-pass");
    String officer = Api.token("demo", "trust-safety@demo.example", Stack.demoPassword());
    String admin = Api.token("demo", "tenant-admin@demo.example", Stack.demoPassword());
    List<Endpoint> endpoints =
        List.of(
            new Endpoint("POST", "/portal/api/registrations", null, "email"),
            new Endpoint("POST", "/portal/api/registrations/confirmations", null, "token"),
            new Endpoint("POST", "/portal/api/registrations/confirmation-requests", null, "email"),
            new Endpoint("POST", "/portal/api/stolen-account-reports", null, "facts"),
            new Endpoint("PATCH", "/portal/api/accounts/me", developer, "displayName"),
            new Endpoint("PUT", "/portal/api/accounts/me/qualification", developer, "subjectName"),
            new Endpoint("POST", "/portal/api/accounts/me/email-link", developer, "email"),
            new Endpoint("POST", "/portal/api/agreement/acceptances", developer, "versionId"),
            new Endpoint("POST", "/portal/api/agreement/refusals", developer, "statement"),
            new Endpoint(
                "POST", "/admin/api/accounts/" + accountId + "/status-changes", officer, "reason"),
            new Endpoint("POST", "/admin/api/agreement-versions", admin, "title"),
            new Endpoint("POST", "/admin/api/affiliations", officer, "reason"));
    for (Endpoint e : endpoints) {
      String token = e.who();
      Reply notJson = Api.call("demo", e.method(), e.path(), "{not json", token);
      Reply wrongType =
          Api.call(
              "demo",
              e.method(),
              e.path(),
              "{\"" + e.typedField() + "\": {\"nested\": true}}",
              token);
      Reply unknown = Api.call("demo", e.method(), e.path(), "{\"surprise\": \"field\"}", token);
      for (Reply reply : List.of(notJson, wrongType, unknown)) {
        assertThat(reply.status())
            .as(e.method() + " " + e.path() + ": " + reply.body())
            .isEqualTo(400);
        assertThat(reply.header("Content-Type"))
            .as(e.path())
            .startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(400);
      }
    }
    assertThat(Api.get("demo", "/portal/api/accounts/me", developer).json().get("status").asText())
        .isEqualTo("ACTIVE");
    assertThat(Api.get("demo", "/portal/api/accounts/me/qualification", developer).status())
        .isEqualTo(204);
  }
}
