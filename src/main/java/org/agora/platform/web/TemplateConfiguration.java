package org.agora.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Templates are compiled by the build into the package of the module they belong to ({@code people/…} into
 * {@code org.agora.people}), so they can read that module's view models without making them public. Their fixed
 * text is compiled to UTF-8 bytes, and a page is rendered whole into bytes before any of it is sent (see
 * {@link BufferedView}).
 */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

	static final String TEMPLATE_PACKAGE = "org.agora";

	@Bean
	TemplateEngine jteTemplateEngine() {
		return TemplateEngine.createPrecompiled(null, ContentType.Html, null, TEMPLATE_PACKAGE);
	}

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
		var resolver = new JteViewResolver(engine, properties) {

			@Override
			protected AbstractUrlBasedView instantiateView() {
				return new BufferedView(engine);
			}
		};
		resolver.setViewClass(BufferedView.class);
		return resolver;
	}

	/**
	 * Renders the page into UTF-8 bytes, then sends them with their length. The fixed text goes out as the bytes the
	 * build made of it, nothing is encoded twice, and a template that fails halfway has sent nothing yet, so the
	 * error page replaces it instead of ending a half-written one.
	 */
	static final class BufferedView extends JteView {

		private final TemplateEngine engine;

		BufferedView(TemplateEngine engine) {
			super(engine);
			this.engine = engine;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			var output = new Utf8ByteOutput();
			engine.render(getUrl(), model, output);
			response.setCharacterEncoding("UTF-8");
			response.setContentLength(output.getContentLength());
			output.writeTo(response.getOutputStream());
		}
	}
}
