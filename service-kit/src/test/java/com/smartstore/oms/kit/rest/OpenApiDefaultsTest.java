package com.smartstore.oms.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

/** The error responses and security every operation's document gets from the kit (issue 18). */
class OpenApiDefaultsTest {
    private final OpenApiDefaults filter = new OpenApiDefaults();

    @Test
    void aSecuredChangeWithAnIdDocumentsEveryErrorItCanGive() {
        Operation change = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody())
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "order-clerk")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        OpenAPI document =
                document("/api/orders/{id}/cancel", OASFactory.createPathItem().POST(change));

        filter.filterOpenAPI(document);

        assertThat(change.getResponses().getAPIResponses())
                .containsOnlyKeys("200", "400", "401", "403", "404", "409", "413", "503");
        assertThat(change.getResponses()
                        .getAPIResponse("400")
                        .getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getRef())
                .isEqualTo("#/components/schemas/ApiError");
        assertThat(change.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(document.getComponents().getSchemas()).containsKey("ApiError");
    }

    @Test
    void aResourcesOwnResponseIsKeptAndAReadWithoutIdGetsNo404Or409() {
        Operation read = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("status"))
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "reviewer")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("bad status filter")));
        filter.filterOpenAPI(
                document("/api/reviews", OASFactory.createPathItem().GET(read)));

        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("400", "401", "403", "503");
        assertThat(read.getResponses().getAPIResponse("400").getDescription()).isEqualTo("bad status filter");
    }

    @Test
    void anOperationWithoutTokenSaysSoAndPromisesNo401() {
        Operation webhook = OASFactory.createOperation().requestBody(OASFactory.createRequestBody());
        filter.filterOpenAPI(
                document("/webhooks/{source}", OASFactory.createPathItem().POST(webhook)));

        assertThat(webhook.getSecurity()).isEmpty();
        assertThat(webhook.getResponses().getAPIResponses()).containsOnlyKeys("400", "404", "409", "413", "429", "503");
        assertThat(webhook.getResponses().getAPIResponse("429").getHeaders()).containsKey("Retry-After");
    }

    private static OpenAPI document(String path, org.eclipse.microprofile.openapi.models.PathItem item) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }
}
