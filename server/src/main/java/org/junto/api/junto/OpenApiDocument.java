package org.junto.api.junto;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junto.api.mastodon.ApiParams;
import org.junto.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description springdoc puts at the top of {@code /api/junto/v1/openapi.json}: what the API is and how callers
 * authenticate (the same OAuth bearer tokens as the Mastodon API).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static {
        // Handler arguments resolved by Junto itself (who calls, and the request's parameters), not request parts.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, ApiParams.class);
    }

    /** Schemas with the JSON's own property names: the API writes snake_case, as Mastodon's does. */
    @Bean
    ModelResolver snakeCaseSchemas() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenAPI juntoApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Junto API")
                        .version("v1")
                        .description(
                                "Groups, organizations, memberships, invitations and join requests; tasks and their"
                                        + " boards, offers and needs, contributions. Errors are"
                                        + " RFC 9457 problem details; lists page with max_id, since_id, min_id, limit and a"
                                        + " Link header, as in the Mastodon API."))
                .schemaRequirement(
                        "bearer",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An OAuth access token from /oauth/token, scopes read and write"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
