/**
 * Recognition: the points ledger fed by the other modules' events, badges, kudos, leaderboards, the timeline of the
 * community's achievements and the recognition report. It listens and reads only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people", "discussions",
		"knowledge", "calendar", "learning", "initiatives", "knowledgemap" })
package org.agora.recognition;
