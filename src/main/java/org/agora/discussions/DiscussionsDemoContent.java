package org.agora.discussions;

import java.util.List;
import java.util.Set;

/**
 * What the demo community has discussed over the last two quarters. People are named by their part in the demo:
 * {@code manager} (Noa Levi), {@code leader} (Rania Haddad), {@code employee} (Daniel Cohen), {@code guest}, and
 * {@code L1}…{@code L6} for other knowledge leaders and {@code E1}…{@code E6} for other employees. In a text,
 * {@code @{leader}} becomes a mention of that person's handle.
 */
final class DiscussionsDemoContent {

	private DiscussionsDemoContent() {
	}

	/** A space to create, unless it is the lobby that exists already. */
	record SpaceSpec(String slug, String name, String description, SpaceKind kind) {
	}

	/**
	 * A reply or answer.
	 *
	 * @param hours hours after the thread was started
	 * @param likes how many others liked it
	 * @param score its votes, as the sum of that many +1 (or -1) votes
	 * @param flag the reason of an open flag on it, or null
	 */
	record Reply(String who, double hours, String body, int likes, int score, String flag) {
	}

	/**
	 * A thread.
	 *
	 * @param daysAgo when it was started
	 * @param accepted the index of the accepted answer among the replies, or -1
	 * @param marks any of pinned, locked, duplicate
	 */
	record ThreadSpec(String space, ThreadKind kind, String who, double daysAgo, String title, String body,
			List<String> tags, int likes, List<Reply> replies, int accepted, Set<String> marks) {
	}

	static final String LOBBY = "lobby";

	static final String LEADERS_CIRCLE = "leaders-circle";

	static final String JOINT_FORUM = "joint-forum-northern-water";

	/** The question that a later one is closed as a duplicate of. */
	static final String DUPLICATE_TARGET = "Knowledge map for the pumping stations: where to start?";

	static final List<SpaceSpec> SPACES = List.of(
			new SpaceSpec("ai-and-km", "AI and KM",
					"Copilot, AI search over our documents, and what generative AI changes for knowledge management at Meitar.",
					SpaceKind.TOPIC),
			new SpaceSpec("change-management", "Change management",
					"Getting people to share: resistance, incentives, habits and the managers who make the difference.",
					SpaceKind.TOPIC),
			new SpaceSpec("knowledge-retention", "Knowledge retention",
					"Keeping the know-how of retiring engineers and operators: expert interviews, knowledge maps, handovers.",
					SpaceKind.TOPIC),
			new SpaceSpec("digital-km-platforms", "Digital KM platforms",
					"SharePoint, wikis, Agora itself: structure, search, metadata and what our people actually use.",
					SpaceKind.TOPIC),
			new SpaceSpec(LEADERS_CIRCLE, "Leaders' circle",
					"A closed room for the knowledge leaders and the community manager: candid talk about our units.",
					SpaceKind.PRIVATE),
			new SpaceSpec(JOINT_FORUM, "Joint forum with the Northern Water Association",
					"Shared questions with our partner community: operations knowledge, joint learning, events.",
					SpaceKind.PRIVATE));

	private static Reply r(String who, double hours, String body) {
		return new Reply(who, hours, body, 0, 0, null);
	}

	private static Reply r(String who, double hours, String body, int likes, int score) {
		return new Reply(who, hours, body, likes, score, null);
	}

	private static Reply flagged(String who, double hours, String body, String reason) {
		return new Reply(who, hours, body, 0, 0, reason);
	}

	private static ThreadSpec discussion(String space, String who, double daysAgo, String title, String body,
			List<String> tags, int likes, List<Reply> replies, String... marks) {
		return new ThreadSpec(space, ThreadKind.DISCUSSION, who, daysAgo, title, body, tags, likes, replies, -1,
				Set.of(marks));
	}

	private static ThreadSpec question(String space, String who, double daysAgo, String title, String body,
			List<String> tags, List<Reply> answers, int accepted, String... marks) {
		return new ThreadSpec(space, ThreadKind.QUESTION, who, daysAgo, title, body, tags, 0, answers, accepted,
				Set.of(marks));
	}

	static final List<ThreadSpec> THREADS = List.of(
			discussion(LOBBY, "manager", 170, "Welcome to the Agora discussions",
					"""
					Welcome, everyone! This is the community's lobby: introduce yourself, ask anything, share what \
					worked in your unit.

					A few habits that help:
					- **Search first**, then ask — and if you find the answer elsewhere, post it here.
					- Tag your threads (`retention`, `ai`, `change`…) so others can follow the topics they care about.
					- Questions go in as *questions*, so that the best answer can be accepted.

					Please read the code of conduct, and be generous with what you know.""",
					List.of("community", "welcome"), 14,
					List.of(r("leader", 3, "Thanks Noa! Rania here, process engineer at Ashdod and knowledge leader for "
							+ "Water Treatment. Happy to help anyone starting an after-action review.", 6, 0),
							r("L1", 20, "Hello all — looking forward to learning from the other units."),
							r("employee", 52, "Daniel, field technician in the Water Networks Department. First time here, "
									+ "already found two answers I needed.", 3, 0)),
					"pinned"),
			discussion(LOBBY, "L2", 120, "Lessons from the winter storm response",
					"""
					The Water Networks Department asked me to facilitate the after-action review of the January \
					storm response at the Kerem pumping station, one of the northern stations. The biggest gap \
					was not technical: nobody knew who held the manual override procedure for the old control \
					panel. The department now keeps a one-page *who-knows-what* for each station, and I'm helping \
					them spread it. Has anyone tried something similar?""",
					List.of("after-action-review", "knowledge-mapping"), 9,
					List.of(r("leader", 5, "We did the same at Ashdod after the membrane incident. The page is only "
							+ "useful if someone owns it — we review ours every quarter with the shift managers.", 5, 0),
							r("manager", 26, "This is exactly the kind of story the leaders' meet-up needs. "
									+ "@{L2}, would you present it next quarter?", 2, 0),
							r("L2", 30, "Gladly."))),
			discussion(LOBBY, "E2", 9, "Off-topic: selling two bicycles",
					"Two kids' bicycles, hardly used, pick-up near the head office. Message me.",
					List.of("community"), 0,
					List.of(r("E3", 4, "Is there a marketplace board for this? Seems out of place here."),
							flagged("E6", 6, "Interested! I also sell a sofa and a TV, cheap, write to me.", "SPAM")),
					"locked"),
			question("ai-and-km", "employee", 150, "Can Copilot search our SharePoint procedures safely?",
					"""
					My team wants to use Copilot to find things in the operations procedures library. Are we \
					allowed to, and does it respect the permissions on restricted folders?""",
					List.of("ai", "copilot", "search"),
					List.of(r("L3", 6, """
							Yes — Copilot only retrieves documents the person can already open, so permissions are \
							respected. The real risk is *over-shared* folders: anything shared with "everyone" \
							becomes very easy to find. Ask your site owner to check sharing before you start.""", 8, 5),
							r("E4", 30, "We tried it on our plant's operating procedures; it works well for the typed ones, "
									+ "less well for scanned PDFs.", 2, 1)),
					0),
			question("ai-and-km", "leader", 95, "Prompt patterns for summarising after-action reviews?",
					"""
					I'd like to use AI to draft the summary of an after-action review from the meeting notes. \
					Which prompts worked for you, and how do you keep people's names out of it?""",
					List.of("ai", "after-action-review"),
					List.of(r("L4", 2.5, """
							What worked for us: *"Summarise as: what was expected, what happened, why, what we keep, \
							what we change. No names; refer to roles."* Then a human reads it before it goes out.""",
							6, 4),
							r("E1", 9, "We paste the notes without the attendee list, which already removes most names.",
									1, 1)),
					0),
			question("ai-and-km", "E1", 40, "Is there an approved tool for transcribing expert interviews?",
					"We record interviews with senior colleagues before they retire. Which transcription tool may we use "
							+ "with internal data?",
					List.of("ai", "expert-interviews"),
					List.of(r("L3", 1, "Teams' built-in transcription is approved for internal meetings; the file stays "
							+ "in our tenant. Avoid free online tools.", 4, 3)),
					0),
			question("ai-and-km", "E5", 4, "How do we measure whether AI search saves time?",
					"Management asks for numbers before extending the pilot. Has anyone measured time saved?",
					List.of("ai", "search", "measurement"), List.of(), -1),
			discussion("ai-and-km", "L1", 60, "בינה מלאכותית ומפות ידע — ניסיון ראשון",
					"""
					ניסינו להשתמש בבינה מלאכותית כדי לבנות טיוטה של מפת ידע לצוות אחזקה: הזנו רשימת תפקידים \
					ונהלים, וקיבלנו רשימת תחומי ידע ומחזיקי ידע אפשריים. הטיוטה חסכה הרבה זמן, אבל רק שיחות עם \
					האנשים עצמם גילו מה באמת קריטי. @{leader} — האם ניסיתם משהו דומה באשדוד?""",
					List.of("ai", "knowledge-mapping"), 7,
					List.of(r("leader", 8, "כן, ובדיוק אותה מסקנה: הכלי טוב לנקודת פתיחה, לא למיפוי עצמו. "
							+ "הראיונות הם שמוצאים את הידע השקט.", 4, 0),
							r("L5", 30, "כדאי לשתף את התבנית שבניתם בארגז הכלים של המובילים."))),
			discussion("change-management", "L4", 140, "Why engineers don't share — and what changed it for us",
					"""
					In the Energy Division's grid teams people said "I have no time to write". When we dug deeper \
					it was more about *being exposed*: nobody wanted to publish a half-finished answer. Two things \
					helped: short "lessons in 5 lines" instead of long documents, and the division's director \
					publishing her own first.""",
					List.of("resistance", "change"), 11,
					List.of(r("manager", 4, "Leaders going first is the strongest pattern we see across units.", 5, 0),
							r("E6", 12, "Honestly, I still don't know where such a lesson should go.", 2, 0),
							r("L4", 14, "@{E6} — in the Knowledge retention space or as a lesson learned; I'll show you.", 1, 0),
							flagged("E2", 40, "Sharing is nice but nobody gets promoted for it. Waste of time.",
									"OFFENSIVE"))),
			question("change-management", "E3", 75, "How do I get my manager to give time for knowledge sharing?",
					"My manager agrees in principle, but there is never time. Any argument that worked?",
					List.of("change", "resistance"),
					List.of(r("L2", 20, "Tie it to a risk your manager already worries about — in the units I work with "
							+ "it was the retirement of two senior technicians. Then ask for one hour a month, not a "
							+ "programme.", 7, 6),
							r("L6", 26, "Bring your manager a 5-line lesson from a colleague that saved a day's work. "
									+ "Concrete beats principle.", 3, 2)),
					0),
			question("change-management", "E4", 2.5, "Recognition for knowledge sharing — badges or something else?",
					"Are badges and points motivating, or do people find them childish?",
					List.of("change", "recognition"), List.of(), -1),
			discussion("change-management", "L6", 30, "התנגדות לשיתוף ידע במשמרות לילה",
					"""
					במשמרות הלילה בחדר הבקרה של רשת החשמל אנשים מרגישים שאף אחד לא שואל אותם. התחלנו "חמש דקות \
					ידע" בתחילת כל משמרת, ומפעילי הבקרה הוותיקים מובילים. אחרי חודשיים — יותר שאלות, פחות תקלות \
					חוזרות.""",
					List.of("change", "control-room"), 8,
					List.of(r("manager", 6, "יוזמה יפה. אשמח שתספרו עליה במפגש הרבעוני."),
							r("E5", 20, "אצלנו ביחידה זה עבד גם במשמרות בוקר."))),
			question("knowledge-retention", "L5", 160, "How do you run an expert interview with a retiring chemist?",
					"""
					The senior chemist of our Water Quality Laboratory retires in six months. What is a good \
					structure for the interviews, and how many sessions should we plan?""",
					List.of("retention", "expert-interviews", "water-quality"),
					List.of(r("leader", 26, """
							Plan 6–8 sessions of 60–90 minutes. Start from a knowledge map of his role, then walk \
							through *real events* ("tell me about the 2019 coliform result you decided to resample") \
							rather than asking for general rules. Record, transcribe, and have the younger chemist who \
							will own the knowledge in the room.""",
							9, 7),
							r("L3", 40, "Also film him at the bench, on the instruments: half the knowledge is in his "
									+ "hands.", 4, 3),
							r("E6", 50, "Would it make sense to start with a questionnaire?", 0, -1)),
					0),
			question("knowledge-retention", "E2", 110, "Template for a knowledge handover between shift managers?",
					"Is there a template for handing over a role, not just open tasks?",
					List.of("retention", "handover"),
					List.of(r("L1", 70, "Yes — the role handover template in the leaders' toolkit: critical contacts, "
							+ "recurring decisions, known pitfalls, where things are.", 5, 4)),
					0),
			question("knowledge-retention", "employee", 100, "Knowledge map for the pumping stations: where to start?",
					"We were asked to map critical knowledge for the northern pumping stations. Where does one start?",
					List.of("knowledge-mapping", "retention"),
					List.of(r("leader", 4, "Start from the processes, not the people: list the critical processes, then "
							+ "ask who can run each one alone. Where the answer is one person near retirement — that is "
							+ "your red spot.", 10, 8),
							r("manager", 30, "And record it in the knowledge map module so we can follow the actions.", 2, 1)),
					0),
			question("knowledge-retention", "E3", 60, "Where do we find the knowledge map template?",
					"Looking for the knowledge map template mentioned in the course.",
					List.of("knowledge-mapping"),
					List.of(r("L2", 3, "See the answer in \"Knowledge map for the pumping stations: where to start?\" — "
							+ "same question.", 1, 0)),
					-1, "duplicate"),
			question("knowledge-retention", "L6", 20, "איך שומרים ידע של מפעילים שעוזבים בפתאומיות?",
					"""
					לא תמיד יש חצי שנה להתכונן: מפעיל ותיק בחדר הבקרה עבר תפקיד תוך שבועיים. מה עושים כשאין \
					זמן לראיונות מסודרים?""",
					List.of("retention", "control-room"),
					List.of(r("leader", 72, "שתי פגישות ממוקדות: בראשונה רשימת המצבים החריגים שהוא טיפל בהם, בשנייה "
							+ "סיור מצולם בעמדות ובציוד שהוא עובד איתם. עדיף משהו חלקי מכלום.", 5, 4)),
					0),
			question("knowledge-retention", "E1", 3.5, "Who owns the knowledge after an expert interview?",
					"After the interviews are done, who is responsible for keeping the material up to date?",
					List.of("retention", "expert-interviews"), List.of(), -1),
			discussion("digital-km-platforms", "L3", 130, "SharePoint structure that people actually use",
					"""
					We reorganised the Water Networks SharePoint site around *tasks* ("I need to commission a \
					pump") instead of the org chart. Search clicks went up and the "where is…" emails went \
					down. Metadata: three required fields, no more.""",
					List.of("sharepoint", "search"), 10,
					List.of(r("L5", 10, "Three fields is the key. We had eleven and nobody filled any.", 4, 0),
							r("E4", 33, "Did you keep the old links working?"),
							r("L3", 35, "Redirects for the top 200 documents; the rest we let go."))),
			question("digital-km-platforms", "E6", 50, "Wiki or SharePoint pages for operating procedures?",
					"Which one should we use for procedures that change often?",
					List.of("sharepoint", "wiki"),
					List.of(r("L3", 48, "SharePoint pages, because procedures need approval and version history, and "
							+ "that is built in there.", 3, 3),
							r("E2", 49, "We use the wiki for tips and SharePoint for the official version.", 2, 2)),
					1),
			question("digital-km-platforms", "E5", 80, "איך מוסיפים תגיות למסמכים בשרפוינט?",
					"אני רוצה שאנשים ימצאו את נהלי הבטיחות לפי נושא. איך מגדירים תגיות?",
					List.of("sharepoint", "search"),
					List.of(r("L1", 1, "בספריית המסמכים: הגדרות ספרייה ← עמודה חדשה מסוג מטא-נתונים מנוהלים. אפשר "
							+ "לבחור ממאגר המונחים הארגוני.", 4, 3)),
					0),
			discussion(LEADERS_CIRCLE, "manager", 45, "Quarter review: where units are stuck",
					"""
					Candidly, between us: three units have no active initiative this quarter, and two leaders \
					told me they are close to burning out. Let's use the next meet-up to help each other rather \
					than report. Ideas welcome.""",
					List.of("community", "leaders"), 6,
					List.of(r("leader", 5, "Pairing a struggling unit with one that has a running initiative worked "
							+ "well last year.", 4, 0),
							r("L2", 22, "And please, fewer reports — one slide per unit is enough."))),
			question(LEADERS_CIRCLE, "L4", 15, "How do you handle a manager who blocks the leader's time?",
					"My unit head keeps cancelling my KM hours. How did others handle this?",
					List.of("leaders", "resistance"),
					List.of(r("manager", 30, "Come to me: I'll talk with the unit head together with you. Your hours are "
							+ "part of the appointment letter.", 5, 4)),
					0),
			discussion(JOINT_FORUM, "guest", 35, "Joint learning day on leak detection",
					"""
					At the Northern Water Association we'd love to run a joint learning day on acoustic leak \
					detection. We bring two field experts; could Meitar bring the data team?""",
					List.of("joint-learning", "water-plants"), 4,
					List.of(r("manager", 10, "Yes! Let's put it on the calendar for next quarter.", 2, 0),
							r("leader", 24, "I'll ask the network data team who can join.")))
	);
}
