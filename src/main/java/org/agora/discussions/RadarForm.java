package org.agora.discussions;

/**
 * A radar link as a member types it; everything stays as typed so that a form with an error shows it again.
 *
 * @param tags free tags, separated by commas or spaces
 */
record RadarForm(String url, String title, String summary, String tags, String kind) {

	static RadarForm blank() {
		return new RadarForm("", "", "", "", RadarKind.ARTICLE.name());
	}

	static RadarForm of(RadarItem item) {
		return new RadarForm(item.url(), item.title(), item.summary() == null ? "" : item.summary(),
				String.join(", ", item.tags()), item.kind().name());
	}
}
