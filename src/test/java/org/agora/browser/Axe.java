package org.agora.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the page in the browser against WCAG 2.1 A and AA with axe-core. */
final class Axe {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private Axe() {
	}

	/** Fails on any serious or critical violation, naming the rule, its impact and the elements. */
	static void assertNoSeriousViolations(Page page) {
		// colour contrast is only judged right once the stylesheets are in
		page.waitForLoadState(LoadState.LOAD);
		var blocking = new AxeBuilder(page).withTags(WCAG_21_AA)
			.analyze()
			.getViolations()
			.stream()
			.filter(rule -> BLOCKING.contains(rule.getImpact()))
			.toList();
		assertThat(blocking).withFailMessage(() -> "accessibility violations on " + page.url() + describe(blocking))
			.isEmpty();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> "%n  %s (%s): %s%n%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(),
					rule.getNodes()
						.stream()
						.map(node -> "    " + node.getTarget() + "  " + node.getHtml())
						.collect(Collectors.joining(System.lineSeparator()))))
			.collect(Collectors.joining());
	}
}
