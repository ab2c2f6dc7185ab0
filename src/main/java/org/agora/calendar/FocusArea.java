package org.agora.calendar;

/** What an event grows in the leaders: expertise in a technical domain, soft skills, or management tools. */
public enum FocusArea {

	TECHNICAL, SOFT_SKILLS, MANAGEMENT_TOOLS;

	public String labelKey() {
		return "calendar.focus." + name();
	}
}
