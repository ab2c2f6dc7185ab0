package org.agora.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the knowledge base, answered as records and always through {@link KnowledgePolicy}:
 * an article is described to a person only while that person may read it.
 */
@Service
@Transactional(readOnly = true)
public class Knowledge {

	/**
	 * An article as a notice about it may name it.
	 *
	 * @param path its address, {@code /knowledge/a/<id>-<slug>}
	 */
	public record ArticleNotice(long articleId, String title, String path) {
	}

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final People people;

	Knowledge(Articles articles, KnowledgePolicy policy, People people) {
		this.articles = articles;
		this.policy = policy;
		this.people = people;
	}

	/**
	 * The article for each of the people who are active and may read it now; the others are left out. Reads the
	 * article and the people once, whatever their number.
	 */
	public Map<Long, ArticleNotice> articleFor(Collection<Long> personIds, long articleId) {
		var article = articles.find(articleId);
		if (personIds.isEmpty() || article.isEmpty()) {
			return Map.of();
		}
		var a = article.get();
		var notice = new ArticleNotice(a.id(), a.title(), a.path());
		Map<Long, ArticleNotice> result = new LinkedHashMap<>();
		people.findAll(personIds).values().stream().filter(PersonSummary::active).map(Reader::new)
			.filter(reader -> policy.maySee(reader, a))
			.forEach(reader -> result.put(reader.personId(), notice));
		return result;
	}

	/** A person as the policy judges them, outside any request. */
	private record Reader(PersonSummary person) implements AgoraPrincipal {

		@Override
		public long personId() {
			return person.id();
		}

		@Override
		public String displayName() {
			return person.fullName();
		}

		@Override
		public Set<Role> roles() {
			return person.roles();
		}
	}
}
