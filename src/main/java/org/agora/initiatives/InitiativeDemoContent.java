package org.agora.initiatives;

import java.util.List;

import org.agora.initiatives.InitiativeDemo.Milestone;
import org.agora.initiatives.InitiativeDemo.Obstacle;
import org.agora.initiatives.InitiativeDemo.Outcome;
import org.agora.initiatives.InitiativeDemo.Spec;

import static org.agora.initiatives.InitiativeKind.COMMUNITY_OF_PRACTICE;
import static org.agora.initiatives.InitiativeKind.EXPERT_DIRECTORY;
import static org.agora.initiatives.InitiativeKind.KNOWLEDGE_MAPPING;
import static org.agora.initiatives.InitiativeKind.LESSONS_LEARNED;
import static org.agora.initiatives.InitiativeKind.ONBOARDING_KIT;
import static org.agora.initiatives.InitiativeKind.RETENTION_INTERVIEWS;
import static org.agora.initiatives.InitiativeKind.SHARING_SESSIONS;
import static org.agora.initiatives.InitiativeStatus.ACTIVE;
import static org.agora.initiatives.InitiativeStatus.COMPLETED;
import static org.agora.initiatives.InitiativeStatus.IDEA;
import static org.agora.initiatives.InitiativeStatus.PLANNED;
import static org.agora.initiatives.InitiativeStatus.STOPPED;
import static org.agora.initiatives.ObstacleCategory.HOARDING_OR_SILOS;
import static org.agora.initiatives.ObstacleCategory.LACK_OF_TIME;
import static org.agora.initiatives.ObstacleCategory.NO_RECOGNITION;
import static org.agora.initiatives.ObstacleCategory.OTHER;
import static org.agora.initiatives.ObstacleCategory.RESISTANCE;
import static org.agora.initiatives.ObstacleCategory.UNSUITABLE_TOOLS;
import static org.agora.initiatives.OutcomeValue.APPLIED;
import static org.agora.initiatives.OutcomeValue.IMMEDIATE;
import static org.agora.initiatives.OutcomeValue.POTENTIAL;
import static org.agora.initiatives.OutcomeValue.REALISED;
import static org.agora.initiatives.OutcomeValue.REFRAMING;

/** The demo initiatives' text: a water and energy utility's KM work, dated in days from today. */
final class InitiativeDemoContent {

	private InitiativeDemoContent() {
	}

	private static Milestone due(String title, int inDays) {
		return new Milestone(title, inDays, null);
	}

	private static Milestone reached(String title, int dueInDays, int reachedDaysAgo) {
		return new Milestone(title, dueInDays, reachedDaysAgo);
	}

	static final List<Spec> SPECS = List.of(
			new Spec("WTR-TRT", 0, "After-action reviews for membrane cleaning at Ashdod",
					"Turn every clean-in-place cycle and every membrane incident at the desalination plant into a short"
							+ " after-action review, and publish what we learn so the next shift does not relearn it.",
					LESSONS_LEARNED, "Process engineers and shift supervisors, Water Treatment", ACTIVE, 75, 110, null,
					List.of(reached("AAR template agreed with the shift supervisors", -40, 42),
							reached("First five reviews held", -12, 10), due("Lessons published as articles", -6),
							due("Review cycle handed to the shift supervisors", 60)),
					List.of("Agreed a one-page review template with the four shift supervisors.",
							"Held the first review after the March fouling event: 40 minutes, 9 people, 6 lessons.",
							"Two lessons already changed the pre-treatment dosing checklist.",
							"Publishing is behind: people are happy to talk but slow to write. Trying voice notes."),
					List.of(new Obstacle(RESISTANCE, "Some senior operators see reviews as looking for someone to blame.",
							"Opened each review with the 'no blame' ground rule; the plant manager attended the second.",
							true),
							new Obstacle(LACK_OF_TIME, "Reviews compete with handover time at shift change.",
									"Moved them to the overlap hour on Tuesdays.", false)),
					List.of(new Outcome("Pre-treatment dosing checklist updated from two review lessons.",
							"Unplanned CIP cycles", "per quarter", "14", "9", List.of(APPLIED, REALISED),
							List.<String[]>of(new String[] { "EVENT", "/calendar/quarters", "Quarterly community meeting" })))),
			new Spec("WTR-TRT-LAB", 1, "Method notes for the water quality laboratory",
					"Map which analyses depend on one person's know-how and write method notes for them.",
					KNOWLEDGE_MAPPING, "Laboratory technicians", COMPLETED, 200, -20, null,
					List.of(reached("Critical methods listed", -150, 152), reached("Method notes reviewed", -30, 28)),
					List.of("Listed 23 methods; 7 rely on a single technician.",
							"All 7 method notes reviewed by a second technician."),
					List.of(new Obstacle(HOARDING_OR_SILOS,
							"Two methods were kept as personal notebooks and shared reluctantly.",
							"Credited the authors by name in the notes and in the unit meeting.", true)),
					List.of(new Outcome("A second technician can now run every critical analysis.",
							"Analyses with a single qualified technician", "methods", "7", "0",
							List.of(APPLIED, REALISED), List.of()),
							new Outcome("The lab now counts 'single-person methods' in its monthly report.", null, null,
									null, null, List.of(REFRAMING), List.of()))),
			new Spec("WTR-NET", 2, "Community of practice for network maintenance crews",
					"A monthly meeting and a discussion space where crews from all regions compare repairs.",
					COMMUNITY_OF_PRACTICE, "Field technicians and crew leads, Water Networks", ACTIVE, 120, 180, null,
					List.of(reached("First meeting", -100, 100), due("Regional coordinators named", -20),
							due("Six meetings held", 45)),
					List.of("First meeting: 26 people, three regions.", "Attendance dropped in the summer peak.",
							"Northern region asked for a remote option."),
					List.of(new Obstacle(LACK_OF_TIME, "Crews are on call; meetings are the first thing dropped.",
							"Recording short clips for those who miss it.", false),
							new Obstacle(RESISTANCE, "Crew leads doubt that other regions' methods fit their pipes.",
									null, false)),
					List.of(new Outcome("Crews trade repair tips in the space between meetings.", null, null, null, null,
							List.of(IMMEDIATE, POTENTIAL), List.of()))),
			new Spec("WTR-NET-LEAK", 3, "ראיונות שימור ידע עם מאתרי דליפות ותיקים",
					"לתעד את הידע של שלושה מאתרי דליפות שיוצאים לגמלאות בשנה הקרובה: איך הם מזהים דליפה לפי הצליל.",
					RETENTION_INTERVIEWS, "צוות איתור דליפות", PLANNED, -10, 150, null,
					List.of(due("רשימת שאלות לראיון", 20), due("שלושה ראיונות מוקלטים", 90)),
					List.of("קבענו מועדים עם שניים מתוך שלושת המאתרים."),
					List.of(new Obstacle(NO_RECOGNITION,
							"המאתרים לא רואים בידע שלהם משהו ששווה לתעד.", "המנהל יציג את הפרויקט בכנס היחידה.",
							false)),
					List.of()),
			new Spec("ENG-GRID", 4, "Lessons learned from the winter storm outages",
					"Collect what control room and field teams learned from the January storms before it fades.",
					LESSONS_LEARNED, "Grid operations staff", ACTIVE, 60, 60, null,
					List.of(reached("Interviews with both shifts", -30, 33), due("Draft lessons report", -9),
							due("Report presented to management", 30)),
					List.of("Twelve interviews done.", "Draft is late: the storm season review took priority."),
					List.of(new Obstacle(LACK_OF_TIME, "The same people write the regulator's incident reports.",
							null, false),
							new Obstacle(RESISTANCE, "Field crews fear that lessons will become new paperwork.",
									"Promised that every lesson comes with one thing we stop doing.", false)),
					List.of()),
			new Spec("ENG-GRID-SCADA", 5, "Onboarding kit for new control room operators",
					"A kit of walkthroughs, alarm cheat sheets and a buddy plan that halves the time to a first solo shift.",
					ONBOARDING_KIT, "New control room operators", COMPLETED, 300, -45, null,
					List.of(reached("Alarm cheat sheets", -200, 205), reached("Buddy plan piloted", -60, 55)),
					List.of("Two new operators went through the pilot.", "Kit handed to the training coordinator."),
					List.of(new Obstacle(UNSUITABLE_TOOLS, "The SCADA simulator could not replay real alarm floods.",
							"Recorded three real incidents as screen videos instead.", true)),
					List.of(new Outcome("New operators reach their first solo shift sooner.",
							"Time to first solo shift", "weeks", "16", "10", List.of(APPLIED, REALISED),
							List.<String[]>of(new String[] { "COURSE", "/learning/courses/1", "Leaders' training course" })))),
			new Spec("ENG-GRID-PLAN", 1, "Expert directory for grid planning",
					"Who knows what about protection settings, load flow studies and permits, searchable by topic.",
					EXPERT_DIRECTORY, "Engineers across the Energy Division", PLANNED, -20, 120, null,
					List.of(due("Topics agreed", 25)), List.of(), List.of(), List.of()),
			new Spec("ENG-REN-SOLAR", 2, "Solar site commissioning checklist exchange",
					"Share commissioning checklists between solar project teams.", SHARING_SESSIONS,
					"Solar project engineers", STOPPED, 40, 90,
					"The team was merged into the new storage projects unit; the new unit will decide whether to pick it up.",
					List.of(due("First exchange session", -15)), List.of("One session held, then the reorganisation."),
					List.of(new Obstacle(OTHER, "Reorganisation of the Renewable Generation teams.", null, false),
							new Obstacle(RESISTANCE, "Contractors would not share their checklists.", null, false)),
					List.of()),
			new Spec("CORP-DIG-DATA", 3, "מפגשי שיתוף ידע של צוות ניתוח הנתונים",
					"מפגש חודשי קצר שבו אנליסט מציג שאילתה, מודל או טעות שלמד ממנה, כדי שהידע לא יישאר אצל אדם אחד.",
					SHARING_SESSIONS, "אנליסטים ומהנדסי נתונים", ACTIVE, 90, 200, null,
					List.of(reached("מפגש ראשון", -80, 80), due("מאגר הקלטות במרחב הדיון", 14)),
					List.of("שלושה מפגשים, בממוצע 15 משתתפים.", "ביקשו להוסיף מפגש באנגלית לצוותי השטח."),
					List.of(new Obstacle(NO_RECOGNITION, "מציגים מרגישים שהעבודה על המצגת לא נספרת.",
							"המנהלת מזכירה את המציגים בסיכום החודשי.", true),
							new Obstacle(LACK_OF_TIME, "עומס רבעוני בסוף כל רבעון.", null, false)),
					List.of(new Outcome("אנליסטים משתמשים שוב בשאילתות שהוצגו במקום לכתוב אותן מחדש.", null, null,
							null, null, List.of(IMMEDIATE, APPLIED), List.of()))),
			new Spec("CORP-DIG", 4, "Map of critical knowledge in Digital & Data",
					"Find the systems only one or two people understand, before the migration to the new data platform.",
					KNOWLEDGE_MAPPING, "Digital & Data managers", IDEA, -30, 240, null, List.of(), List.of(),
					List.of(new Obstacle(RESISTANCE, "Managers worry the map will be used to rate their teams.", null,
							false)),
					List.of()));
}
