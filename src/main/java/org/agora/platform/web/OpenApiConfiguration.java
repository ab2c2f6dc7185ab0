package org.agora.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the API describes itself at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI agoraApi() {
		return new OpenAPI()
			.info(new Info().title("Agora API")
				.version("v1")
				.description("The community of knowledge leaders as JSON. Authenticate with the session or with a "
						+ "personal access token (Authorization: Bearer …) created on your profile page. Errors are "
						+ "RFC 9457 problem details that name the invalid fields."))
			.components(new Components().addSecuritySchemes("accessToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("accessToken"));
	}
}
