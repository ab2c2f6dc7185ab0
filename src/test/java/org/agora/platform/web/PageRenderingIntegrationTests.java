package org.agora.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages go out whole: UTF-8 bytes with their length, or nothing at all when a template fails halfway. */
@SpringBootTest
@AutoConfigureMockMvc
class PageRenderingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageIsSentAsUtf8WithItsLength() throws Exception {
		var response = mvc.perform(get("/login").param("lang", "he"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		byte[] body = response.getContentAsByteArray();
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.getContentLength()).isEqualTo(body.length);
		String html = new String(body, StandardCharsets.UTF_8);
		assertThat(html).contains("<html lang=\"he\" dir=\"rtl\">", "<title>כניסה · Agora</title>").containsOnlyOnce("</html>");
	}

	@Test
	void aTemplateThatFailsHalfwayHasSentNothing() {
		var view = new TemplateConfiguration.BufferedView(
				TemplateEngine.createPrecompiled(null, ContentType.Html, null, TemplateConfiguration.TEMPLATE_PACKAGE));
		view.setUrl("platform/layout/page.jte");
		Map<String, Object> model = new HashMap<>();
		model.put("ui", null);
		model.put("title", "Half a page");
		model.put("content", null);
		var response = new MockHttpServletResponse();

		assertThatThrownBy(() -> view.renderMergedTemplateModel(model, new MockHttpServletRequest(), response))
			.isInstanceOf(TemplateException.class);
		assertThat(response.getContentAsByteArray()).as("nothing of the page before the failure").isEmpty();
		assertThat(response.isCommitted()).isFalse();
	}
}
