package org.agora.knowledgemap;

import java.util.Locale;

/** The register's filters as given in a query: an unknown level or unit filters nothing rather than failing. */
final class RiskFilters {

	private RiskFilters() {
	}

	static RiskLevel level(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return RiskLevel.valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static Long unit(String typed) {
		try {
			return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
