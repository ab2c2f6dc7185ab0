package org.agora.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Templates are compiled by the build into the package of the module they belong to ({@code people/…} into
 * {@code org.agora.people}), so they can read that module's view models without making them public.
 */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

	static final String TEMPLATE_PACKAGE = "org.agora";

	@Bean
	TemplateEngine jteTemplateEngine() {
		return TemplateEngine.createPrecompiled(null, ContentType.Html, null, TEMPLATE_PACKAGE);
	}
}
