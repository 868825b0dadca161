package com.openplatform.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import com.openplatform.it.support.Stack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint, tried across tenants and across developers: the tenant comes from the token's
 * realm (which must be the site's), and another tenant's ids answer as if they did not exist.
 */
class CrossTenantApiIT {

  private String demoAccountId;
  private String demoEmail;
  private String demoToken;
  private String acmeToken;

  @BeforeEach
  void twoDevelopersOnTwoTenants() {
    demoEmail = Accounts.newEmail("a");
    String acmeEmail = Accounts.newEmail("b");
    demoAccountId = Accounts.registerConfirmed("demo", demoEmail, "password-a");
    Accounts.registerConfirmed("acme", acmeEmail, "password-b");
    demoToken = Api.token("demo", demoEmail, "password-a");
    acmeToken = Api.token("acme", acmeEmail, "password-b");
  }

  @Test
  void aTokenOfOneTenantIsRefusedOnAnotherTenantsSite() {
    assertThat(Api.get("acme", "/portal/api/accounts/me", demoToken).status()).isEqualTo(401);
    assertThat(Api.get("demo", "/portal/api/accounts/me", acmeToken).status()).isEqualTo(401);
    String acmeReviewer = Api.token("acme", "reviewer@acme.example", Stack.demoPassword());
    assertThat(Api.get("demo", "/admin/api/accounts/" + demoAccountId, acmeReviewer).status())
        .isEqualTo(401);
  }

  @Test
  void myAccountIsAlwaysTheCallersOwn() {
    Reply demo = Api.get("demo", "/portal/api/accounts/me", demoToken);
    Reply acme = Api.get("acme", "/portal/api/accounts/me", acmeToken);

    assertThat(demo.json().get("email").asText()).isEqualTo(demoEmail);
    assertThat(acme.json().get("email").asText()).isNotEqualTo(demoEmail);
    assertThat(acme.json().get("id").asText()).isNotEqualTo(demoAccountId);
  }

  @Test
  void changingMyAccountChangesNoOneElses() {
    Reply renamed =
        Api.call(
            "acme",
            "PATCH",
            "/portal/api/accounts/me",
            "{\"displayName\":\"Acme dev\"}",
            acmeToken);

    assertThat(renamed.status()).isEqualTo(200);
    assertThat(
            Api.get("demo", "/portal/api/accounts/me", demoToken)
                .json()
                .get("displayName")
                .isNull())
        .isTrue();
  }

  @Test
  void staffOfAnotherTenantCannotFindTheAccountById() {
    String acmeReviewer = Api.token("acme", "reviewer@acme.example", Stack.demoPassword());
    String demoReviewer = Api.token("demo", "reviewer@demo.example", Stack.demoPassword());

    Reply foreign = Api.get("acme", "/admin/api/accounts/" + demoAccountId, acmeReviewer);
    Reply own = Api.get("demo", "/admin/api/accounts/" + demoAccountId, demoReviewer);
    Reply acmeSearch = Api.get("acme", "/admin/api/accounts?q=" + demoEmail, acmeReviewer);
    Reply demoSearch = Api.get("demo", "/admin/api/accounts?q=" + demoEmail, demoReviewer);

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("email").asText()).isEqualTo(demoEmail);
    assertThat(acmeSearch.json().get("total").asLong()).isZero();
    assertThat(acmeSearch.json().get("items")).isEmpty();
    assertThat(demoSearch.json().get("total").asLong()).isEqualTo(1);
    assertThat(demoSearch.json().get("items").get(0).get("id").asText()).isEqualTo(demoAccountId);
  }

  @Test
  void developersCannotUseTheStaffApi() {
    assertThat(Api.get("demo", "/admin/api/accounts", demoToken).status()).isEqualTo(403);
    assertThat(Api.get("demo", "/admin/api/accounts/" + demoAccountId, demoToken).status())
        .isEqualTo(403);
  }

  @Test
  void theApiAnswers401WithoutTokenAndNeverRedirects() {
    assertThat(Api.get("demo", "/portal/api/accounts/me", null).status()).isEqualTo(401);
    assertThat(Api.get("demo", "/admin/api/accounts", null).status()).isEqualTo(401);
    assertThat(Api.get("demo", "/portal/api/accounts/me", "forged.token.value").status())
        .isEqualTo(401);
  }

  @Test
  void aSiteOfNoTenantServesNothing() {
    assertThat(Api.post("nosuch", "/portal/api/registrations", "{}").status()).isEqualTo(404);
    assertThat(Api.get("nosuch", "/portal/", null).status()).isEqualTo(404);
  }
}
