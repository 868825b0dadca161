package com.openplatform.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.it.support.Api;
import com.openplatform.it.support.Api.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each web module answers on a tenant's site, in English and Chinese, with the shared layout. */
class WebModulesSmokeIT {

  private static Reply page(String tenant, String path, String language) {
    return Api.call(
        tenant,
        "GET",
        path,
        null,
        null,
        Map.of("Accept", "text/html", "Accept-Language", language));
  }

  @Test
  void portalHomeInEnglishAndChinese() {
    Reply en = page("demo", "/portal/", "en");
    Reply zh = page("demo", "/portal/", "zh-CN");

    assertThat(en.status()).isEqualTo(200);
    assertThat(en.body()).contains("Demo Open Platform", "Register", "op-header");
    assertThat(zh.body()).contains("注册", "开发者中心");
  }

  @Test
  void staffConsoleSendsToTheTenantsKeycloakSignIn() {
    Reply demo = page("demo", "/admin/", "en");
    Reply acme = page("acme", "/admin/", "en");

    assertThat(demo.status()).isEqualTo(302);
    assertThat(demo.header("Location")).contains("/realms/demo/").contains("client_id=admin");
    assertThat(acme.header("Location")).contains("/realms/acme/");
  }

  /**
   * Issue 22 item 4: a GET (a link or an image on another site) signs nobody out; it answers a page
   * whose button posts. Before, the GET ended the session and went on to Keycloak's logout.
   */
  @Test
  void signOutIsAPostAGetOnlyOffersTheButton() {
    Reply get = page("demo", "/portal/sign-out", "en");
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.header("Location")).isNull();
    assertThat(get.body()).contains("method=\"post\"", "Sign out");
  }

  @Test
  void myAccountPageNeedsSignIn() {
    Reply reply = page("demo", "/portal/account/", "en");

    assertThat(reply.status()).isEqualTo(302);
    assertThat(reply.header("Location")).contains("/realms/demo/").contains("client_id=portal");
  }

  @Test
  void noticesShowAnnouncements() {
    Reply reply = page("acme", "/notices/", "zh-CN");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("公告", "Acme Open Platform");
  }

  @Test
  void unknownPagesAnswerWithAReadablePage() {
    Reply reply = page("demo", "/portal/nothing-here.xhtml", "en");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body()).contains("Page not found");
  }

  @Test
  void theRestApisDescribeThemselvesInOpenApi() {
    Reply portal =
        Api.call(
            "demo", "GET", "/portal/openapi", null, null, Map.of("Accept", "application/json"));
    Reply admin =
        Api.call("demo", "GET", "/admin/openapi", null, null, Map.of("Accept", "application/json"));

    assertThat(portal.status()).isEqualTo(200);
    assertThat(portal.body())
        .contains("/registrations", "/accounts/me/qualification", "/stolen-account-reports");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.body()).contains("/accounts/{id}/status-changes", "/agreement-versions");
  }
}
