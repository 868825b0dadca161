package com.openplatform.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openplatform.client.portal.ApiClient;
import com.openplatform.client.portal.ApiException;
import com.openplatform.client.portal.api.AccountApi;
import com.openplatform.client.portal.api.AgreementApi;
import com.openplatform.client.portal.api.QualificationApi;
import com.openplatform.client.portal.api.RegistrationApi;
import com.openplatform.client.portal.model.AccountDto;
import com.openplatform.client.portal.model.AccountStatus;
import com.openplatform.client.portal.model.AgreementDto;
import com.openplatform.client.portal.model.ConfirmationDto;
import com.openplatform.client.portal.model.DecisionDto;
import com.openplatform.client.portal.model.DocumentView;
import com.openplatform.client.portal.model.MaterialsForm;
import com.openplatform.client.portal.model.MaterialsView;
import com.openplatform.client.portal.model.Problem;
import com.openplatform.client.portal.model.RegistrationDto;
import com.openplatform.it.support.Accounts;
import com.openplatform.it.support.Api;
import com.openplatform.it.support.Numbers;
import com.openplatform.it.support.Stack;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A developer's program using the Java client the build generates from the portal API's published
 * description (src/test/openapi/portal-api.json, held equal to the served one by {@link
 * OpenApiContractIT}): register → confirm the mailed link → token from the tenant's Keycloak →
 * accept the agreement in force → my account → materials, and refusals read as problem details.
 */
class GeneratedClientIT {

  private static final String TENANT = "demo";

  @Test
  void registerConfirmSignInAndSubmitMaterials() throws Exception {
    ApiClient client = new ApiClient().setBasePath(Stack.siteOf(TENANT));
    RegistrationApi registration = new RegistrationApi(client);

    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () -> registration.register(new RegistrationDto().email("not-an-address")));
    assertThat(refused.getCode()).isEqualTo(400);
    Problem problem = problem(refused);
    assertThat(problem.getCode()).isEqualTo("invalid-input");
    assertThat(problem.getErrors()).anySatisfy(e -> assertThat(e.getField()).isEqualTo("email"));

    String email = Accounts.newEmail("sdk");
    AccountDto pending = registration.register(new RegistrationDto().email(email));
    assertThat(pending.getStatus()).isEqualTo(AccountStatus.PENDING);

    String token = URI.create(Accounts.link(email)).getQuery().replaceFirst("^.*token=", "");
    AccountDto active =
        registration.confirm(new ConfirmationDto().token(token).password("sdk-password-1"));
    assertThat(active.getStatus()).isEqualTo(AccountStatus.ACTIVE);

    AccountApi account = new AccountApi(client);
    ApiException anonymous = catchThrowableOfType(ApiException.class, account::getMyAccount);
    assertThat(anonymous.getCode()).isEqualTo(401);
    assertThat(problem(anonymous).getStatus()).isEqualTo(401);

    client.setBearerToken(Api.token(TENANT, email, "sdk-password-1"));
    ApiException notAccepted = catchThrowableOfType(ApiException.class, account::getMyAccount);
    assertThat(notAccepted.getCode()).isEqualTo(403);
    assertThat(problem(notAccepted).getCode()).isEqualTo("agreement-not-accepted");

    AgreementApi agreement = new AgreementApi(client);
    AgreementDto inForce = agreement.getAgreement();
    assertThat(inForce.getAccepted()).isFalse();
    assertThat(
            agreement.acceptAgreement(new DecisionDto().versionId(inForce.getId())).getAccepted())
        .isTrue();

    AccountDto me = account.getMyAccount();
    assertThat(me.getEmail()).isEqualTo(email);
    assertThat(me.getId()).isEqualTo(active.getId());

    QualificationApi qualification = new QualificationApi(client);
    MaterialsView submitted =
        qualification.submitQualification(
            new MaterialsForm()
                .subjectType(MaterialsForm.SubjectTypeEnum.LEGAL_PERSON)
                .subjectName("SDK Example Ltd")
                .registrationNumber(Numbers.uscc())
                .contactName("Li Lei")
                .contactAddress("1 Example Road, Fuzhou")
                .contactEmail(email)
                .contactPhone("+86 591 1234567"));
    assertThat(submitted.getVersion()).isEqualTo(1);
    assertThat(submitted.getMaterials().getNumberValidated()).isTrue();

    Path pdf = Files.createTempFile("licence", ".pdf");
    Files.write(
        pdf,
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    DocumentView document = qualification.uploadDocument(pdf.toFile(), "licence.pdf");
    assertThat(document.getMediaType()).isEqualTo("application/pdf");
    assertThat(qualification.getQualification().getDocuments())
        .singleElement()
        .satisfies(d -> assertThat(d.getId()).isEqualTo(document.getId()));
  }

  private static Problem problem(ApiException e) throws Exception {
    return new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readValue(e.getResponseBody(), Problem.class);
  }
}
