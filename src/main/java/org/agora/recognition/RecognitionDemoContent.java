package org.agora.recognition;

import java.util.List;
import java.util.Map;

/**
 * The demo's words: the kudos people write to each other, in the giver's language, for what they did in the demo
 * community, and the manual badges the community manager created. {@code {title}} stands for what is thanked for: a
 * question, an event, a knowledge area, an article, the course, an initiative or a task. The demo is bilingual as the
 * community is: a person whose Agora is in Hebrew writes in Hebrew, one at home in Hebrew and English switches between
 * the two, the others write in English.
 */
final class RecognitionDemoContent {

	private RecognitionDemoContent() {
	}

	/** What a kudos thanks for. */
	enum Occasion {

		/** An accepted answer, in a space the whole organization reads. */
		ANSWER,
		/** An accepted answer in a private space: thanked in private. */
		PRIVATE_ANSWER,
		/** Hosting an event. */
		HOSTED,
		/** An expert interview that captured a knowledge area. */
		INTERVIEW,
		/** A lessons-learned session on a knowledge area. */
		LESSONS,
		/** An article. */
		ARTICLE,
		/** Completing the leaders' course. */
		GRADUATION,
		/** Completing an initiative. */
		COMPLETED,
		/** Launching an initiative. */
		LAUNCHED,
		/** A task of a joint project, done. */
		TASK
	}

	/** A kudos as written in English and in Hebrew; a private one is a personal note between the two. */
	record Kudos(String en, String he, boolean isPrivate) {

		String text(boolean hebrew, String title) {
			return (hebrew ? he : en).replace("{title}", title);
		}
	}

	/** The longest title a kudos quotes; longer ones are cut, so that every kudos keeps within a kudos' length. */
	static final int TITLE_MAX = 80;

	/** The most a kudos says, as the kudos form allows. */
	static final int MESSAGE_MAX = 280;

	static final Map<Occasion, List<Kudos>> KUDOS = Map.of(
			Occasion.ANSWER, List.of(
					new Kudos("Thank you for the answer to “{title}”. It was exactly what I was looking for, and it "
							+ "saved my team a whole morning of searching.",
							"תודה על התשובה לשאלה „{title}”. זה בדיוק מה שחיפשתי, וחסכת לצוות שלי בוקר שלם של חיפושים.",
							false),
					new Kudos("Your answer to “{title}” went straight into our team's procedures. Many thanks!",
							"התשובה שלך ל„{title}” נכנסה ישר לנהלים של הצוות שלנו. תודה רבה!", false),
					new Kudos("Thanks for taking the time to answer “{title}” in such detail. I tried it the same week "
							+ "and it worked.",
							"תודה שהקדשת זמן לענות בפירוט על „{title}”. ניסיתי את זה באותו שבוע וזה עבד.", false)),
			Occasion.PRIVATE_ANSWER, List.of(
					new Kudos("Thank you for your advice on “{title}”. Keeping this between us, but it helped me more "
							+ "than you know.",
							"תודה על העצה שלך בנושא „{title}”. נשאיר את זה בינינו, אבל זה עזר לי יותר ממה שנדמה לך.",
							true)),
			Occasion.HOSTED, List.of(
					new Kudos("Thank you for hosting “{title}”. I came back with ideas I could use the very next week.",
							"תודה שאירחת את „{title}”. חזרתי עם רעיונות שיכולתי ליישם כבר בשבוע שאחרי.", false),
					new Kudos("“{title}” was one of the best community sessions this year. Thanks for organizing it "
							+ "so well.",
							"„{title}” היה אחד המפגשים הטובים של הקהילה השנה. תודה על הארגון המצוין.", false),
					new Kudos("Thanks for “{title}”: well prepared, practical, and the materials are easy to share with "
							+ "my team.",
							"תודה על „{title}”: מפגש מוכן היטב ומעשי, ואת החומרים אפשר לשתף ישר עם הצוות.", false)),
			Occasion.INTERVIEW, List.of(
					new Kudos("Thank you for the interview that captured what we know about {title}. For the first time "
							+ "it is written down where the whole team can find it.",
							"תודה על הראיון שתיעד את הידע שלנו בתחום {title}. לראשונה הוא כתוב במקום שכל הצוות יכול "
									+ "למצוא אותו.",
							false)),
			Occasion.LESSONS, List.of(
					new Kudos("Thanks for running the lessons-learned session on {title}. I know it was not easy to get "
							+ "everyone into one room.",
							"תודה שהנחית את מפגש הפקת הלקחים בנושא {title}. ברור לי כמה לא פשוט היה לכנס את כולם "
									+ "בחדר אחד.",
							true)),
			Occasion.ARTICLE, List.of(
					new Kudos("Your article “{title}” is the first link every new colleague in our unit gets. Thank "
							+ "you for writing it.",
							"המאמר שלך „{title}” הוא הקישור הראשון שכל עובד חדש אצלנו מקבל. תודה שכתבת אותו.", false),
					new Kudos("Thanks for “{title}”. We used it to plan our own work in the unit.",
							"תודה על „{title}”. השתמשנו בו כדי לתכנן את העבודה ביחידה שלנו.", false),
					new Kudos("Between us: your article “{title}” is what finally convinced my manager to give me time "
							+ "for knowledge work. Thank you!",
							"רק בינינו: המאמר שלך „{title}” הוא מה ששכנע סוף סוף את המנהל שלי לפנות לי זמן לעבודת ידע. "
									+ "תודה!",
							true),
					new Kudos("“{title}” puts into words what many of us only knew by feel. Thank you for sharing it.",
							"„{title}” מנסח במילים את מה שרבים מאיתנו ידעו רק בתחושה. תודה ששיתפת.", false)),
			Occasion.GRADUATION, List.of(
					new Kudos("Congratulations on completing {title}! Your final exercise was one of the strongest in "
							+ "the cohort.",
							"מזל טוב על סיום {title}! התרגיל המסכם שלך היה מהחזקים במחזור.", false),
					new Kudos("Well done on completing {title}. Looking forward to seeing your first initiative.",
							"כל הכבוד על סיום {title}. מחכה לראות את היוזמה הראשונה שלך.", false),
					new Kudos("Congratulations! Thank you for all the effort you put into {title} alongside a "
							+ "full-time job.",
							"ברכות על סיום {title}! תודה על ההשקעה, לצד עבודה במשרה מלאה.", false)),
			Occasion.COMPLETED, List.of(
					new Kudos("Thank you for leading “{title}” all the way to the end. Our unit works differently "
							+ "because of it.",
							"תודה שהובלת את „{title}” עד הסוף. היחידה שלנו עובדת אחרת בזכות זה.", false),
					new Kudos("“{title}” is done, and we see the results every day. Thank you for the persistence.",
							"היוזמה „{title}” הושלמה, ורואים את התוצאות כל יום. תודה על ההתמדה.", false)),
			Occasion.LAUNCHED, List.of(
					new Kudos("A great start for “{title}”! Thank you for taking it on in your unit.",
							"פתיחה מצוינת ל„{title}”! תודה שלקחת את זה על עצמך ביחידה.", false)),
			Occasion.TASK, List.of(
					new Kudos("Thanks for “{title}”: done on time and done properly. It got the whole project moving.",
							"תודה! המשימה „{title}” הושלמה בזמן וביסודיות, וזה הזיז את כל הפרויקט קדימה.", true)));

	/** A badge the community manager created, with the citation of its award; {@code {title}} names why. */
	record ManualBadge(String slug, String nameEn, String nameHe, String descriptionEn, String descriptionHe,
			String citationEn, String citationHe) {

		/** The citation in both languages, for a community that reads both. */
		String citation(String title) {
			return citationEn.replace("{title}", title) + " · " + citationHe.replace("{title}", title);
		}
	}

	/** Awarded to who captured leak-detection know-how in retention interviews. */
	static final ManualBadge WATER_LOSS = new ManualBadge("water-loss-champion", "Water-loss champion",
			"אות צמצום פחת המים",
			"Helped cut water loss in our networks by capturing and sharing leak-detection know-how.",
			"סייעו לצמצם את פחת המים ברשתות שלנו בזכות תיעוד ושיתוף של הידע באיתור דליפות.",
			"For the interviews that captured our {title} know-how: what our most experienced detectors hear in a "
					+ "pipe is now written down for everyone.",
			"על הראיונות שתיעדו את הידע שלנו בתחום {title}: מה שהמאתרים הוותיקים שלנו שומעים בצינור כתוב עכשיו לכולם.");

	/** Awarded to who led an onboarding kit to completion. */
	static final ManualBadge ONBOARDING = new ManualBadge("onboarding-champion", "Onboarding champion",
			"אות הקליטה המצטיינת",
			"Helped new colleagues find their feet sooner by sharing what the job really takes.",
			"עזרו לעובדים חדשים להשתלב מהר יותר בזכות שיתוף הידע שהעבודה באמת דורשת.",
			"For leading “{title}”: new colleagues now find their feet weeks sooner.",
			"על הובלת „{title}”: עובדים חדשים משתלבים עכשיו שבועות מוקדם יותר.");

	/** The title as a kudos quotes it: cut, at a word where it can be, when too long. */
	static String quoted(String title) {
		String text = title == null ? "" : title.strip();
		if (text.length() <= TITLE_MAX) {
			return text;
		}
		String cut = text.substring(0, TITLE_MAX - 1);
		int space = cut.lastIndexOf(' ');
		return (space > TITLE_MAX / 2 ? cut.substring(0, space) : cut).strip() + "…";
	}
}
