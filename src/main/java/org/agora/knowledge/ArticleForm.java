package org.agora.knowledge;

/**
 * An article as typed in the form or sent to the API, every field as text so that what was typed comes back with
 * the errors.
 *
 * @param contributors handles or email addresses, separated by commas
 * @param reviewBy an ISO date ({@code 2027-03-01}), or blank for the default
 * @param version the version the edit was made on; null for a new article
 */
record ArticleForm(String type, String title, String summary, String body, String tags, String contributors,
		String unitId, String spaceId, String language, String reviewBy, Integer version) {

	static ArticleForm blank(String type, String language) {
		return new ArticleForm(type == null ? "" : type, "", "", "", "", "", "", "", language, "", null);
	}

	ArticleForm withVersion(int number) {
		return new ArticleForm(type, title, summary, body, tags, contributors, unitId, spaceId, language, reviewBy,
				number);
	}
}
