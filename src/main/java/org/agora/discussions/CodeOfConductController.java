package org.agora.discussions;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The community's code of conduct, in the reader's language. */
@Controller
class CodeOfConductController {

	@GetMapping("/discussions/code-of-conduct")
	String codeOfConduct() {
		return "discussions/codeOfConduct";
	}
}
