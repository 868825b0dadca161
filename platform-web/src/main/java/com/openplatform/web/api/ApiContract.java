package com.openplatform.web.api;

import com.openplatform.core.problem.Problem;
import com.openplatform.core.tenancy.TenantHosts;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes each web module's OpenAPI description with what all its operations share, so the
 * resources declare only what is theirs (operation id, tag, success codes, their own refusals):
 *
 * <ul>
 *   <li>servers after the platform's address pattern ({@code op.public-url}), the tenant a server
 *       variable;
 *   <li>security schemes: a bearer token, and OpenID Connect discovery of the tenant's Keycloak
 *       realm ({@link OidcConfigurationResource}) to obtain one (the API reference page uses it).
 *       Secured operations name the bearer scheme only: code generators (OpenAPI Generator's Java
 *       clients among them) refuse OpenID Connect on an operation, and the token is a bearer token
 *       whichever way it was obtained;
 *   <li>the refusals every operation can answer as RFC 9457 problem details: 400 where it takes
 *       input, 401/403 where it is secured, 404 where its path names something, 503 (a peer down,
 *       with {@code Retry-After}) and 500 everywhere.
 * </ul>
 *
 * Each web module registers a subclass naming its context path with {@code mp.openapi.filter}.
 */
public abstract class ApiContract implements OASFilter {

  public static final String BEARER = "bearer";
  public static final String OPENID_CONNECT = "openIdConnect";
  public static final String PROBLEM = "Problem";

  /**
   * Marks an operation that exists only to refuse, stating a rule of the agreement (e.g. §2.1.1:
   * the email can't change): it documents no success.
   */
  public static final String ALWAYS_REFUSED = "x-always-refused";

  private final String base;

  /**
   * @param base the web module's context path, e.g. {@code /portal}
   */
  protected ApiContract(String base) {
    this.base = base;
  }

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    String pattern = TenantHosts.fromSettings().pattern();
    openApi.setServers(
        List.of(
            OASFactory.createServer()
                .url(pattern)
                .description("The tenant's site; each tenant is a Keycloak realm of its own.")
                .variables(
                    Map.of(
                        "tenant",
                        OASFactory.createServerVariable()
                            .defaultValue("demo")
                            .description("The tenant's name (the first label of its host)")))));
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    Components components = openApi.getComponents();
    components.addSchema(PROBLEM, problemSchema());
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "An access token of the tenant's Keycloak realm issued to the platform's client, sent"
                    + " as Authorization: Bearer (never in the query string)."));
    components.addSecurityScheme(
        OPENID_CONNECT,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.OPENIDCONNECT)
            .openIdConnectUrl(base + OidcConfigurationResource.PATH)
            .description("The tenant's Keycloak realm (discovery redirects to it)."));
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
      boolean namesSomething = path.getKey().contains("{");
      for (Operation operation : path.getValue().getOperations().values()) {
        addRefusals(operation, namesSomething);
      }
    }
  }

  private static void addRefusals(Operation operation, boolean namesSomething) {
    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
      // the operation's own refusals (409, 410, 413, 415, 429 …) are problem details too
      for (String code : List.copyOf(operation.getResponses().getAPIResponses().keySet())) {
        if (code.startsWith("4") || code.startsWith("5")) {
          refusal(operation, Integer.parseInt(code), null);
        }
      }
    }
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (takesInput) {
      refusal(
          operation, 400, "Bad input: nothing was changed; `errors` names each field at fault.");
    }
    if (secured) {
      refusal(operation, 401, "No valid bearer token of this tenant's platform client.");
      refusal(operation, 403, "The caller's role or account status does not allow this.");
    }
    if (namesSomething) {
      refusal(operation, 404, "Nothing of that id in this tenant visible to the caller.");
    }
    refusal(operation, 500, "A failure on the platform's side; `correlationId` names its log.");
    refusal(operation, 503, "A peer (database, identity provider, mail) is unavailable; retry.");
  }

  /** Adds a problem-details response for this status unless the operation declares its own. */
  static void refusal(Operation operation, int status, String description) {
    String code = Integer.toString(status);
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponse existing = operation.getResponses().getAPIResponse(code);
    if (existing != null
        && existing.getContent() != null
        && existing.getContent().getMediaTypes() != null
        && !existing.getContent().getMediaTypes().isEmpty()) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(existing != null ? existing.getDescription() : description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(
                                OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
    if (status == 429 || status == 503) {
      response.addHeader(
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before trying again")
              .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }
    operation.getResponses().addAPIResponse(code, response);
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description("One field at fault")
            .required(List.of("field", "code"))
            .properties(
                sorted(
                    "field",
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .description("The field's name in the request"),
                    "code",
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .description("What is wrong, for programs: required, too-long, invalid …"),
                    "message",
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .description("What is wrong, in the caller's language")));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "RFC 9457 problem details; `code` names the refusal for programs, `title` and `detail`"
                + " explain it in the language of Accept-Language (Chinese or English).")
        .required(List.of("type", "title", "status", "code"))
        .properties(
            sorted(
                "type",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .format("uri")
                    .examples(List.of(Problem.TYPE_BASE + "invalid-input")),
                "title",
                text,
                "status",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"),
                "detail",
                text,
                "instance",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .format("uri-reference")
                    .description("The request's path"),
                "code",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .examples(List.of("invalid-input")),
                "errors",
                OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError),
                "correlationId",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .description(
                        "For failures on the platform's side: names the server log's entries")));
  }

  /** Properties in name order, so the published description reads the same on every build. */
  private static Map<String, Schema> sorted(Object... nameAndSchema) {
    Map<String, Schema> properties = new java.util.TreeMap<>();
    for (int i = 0; i < nameAndSchema.length; i += 2) {
      properties.put((String) nameAndSchema[i], (Schema) nameAndSchema[i + 1]);
    }
    return properties;
  }
}
