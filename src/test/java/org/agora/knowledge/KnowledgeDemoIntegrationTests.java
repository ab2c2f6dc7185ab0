package org.agora.knowledge;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo articles load from their files, with their versions, ratings and review dates. */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class KnowledgeDemoIntegrationTests {

	@Autowired
	KnowledgeDemoWriter writer;

	@Autowired
	KnowledgeDemo demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoFileParses() {
		var specs = writer.read();
		assertThat(specs).isNotEmpty();
		assertThat(specs).allSatisfy(spec -> {
			assertThat(spec.title()).isNotBlank();
			assertThat(spec.body()).isNotBlank();
		});
	}

	@Test
	void theDemoWroteItsArticlesWithVersionsAndAStaleOne() {
		assertThat(demo.empty()).isFalse();
		var spec = writer.read().get(0);
		long id = jdbc.sql("select id from knowledge_article where title = :title").param("title", spec.title())
			.query(Long.class).list().get(0);
		assertThat(jdbc.sql("select count(*) from knowledge_article_version where article_id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(1 + spec.edits());
		assertThat(jdbc.sql("select version from knowledge_article where id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(1 + spec.edits());
		assertThat(jdbc.sql("""
				select count(*) from knowledge_article where status = 'PUBLISHED' and toolkit_slug is null
				and review_by < current_date""").query(Integer.class).single()).isPositive();
	}

	@Test
	void aMalformedDemoFileIsRefusedWithItsName() {
		assertThatThrownBy(() -> KnowledgeDemoWriter.spec("knowledge/demo/99-bad.md",
				HeaderedMarkdown.parse("knowledge/demo/99-bad.md", "title: Bad\ntype: NOVEL\nowner: leader\nstatus: DRAFT\n---\nText")))
			.hasMessageContaining("knowledge/demo/99-bad.md");
	}
}
