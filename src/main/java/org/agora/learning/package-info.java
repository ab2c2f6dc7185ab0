/** The knowledge leaders' training course: modules, lessons, quizzes, exercises, cohorts, progress and certificates. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people" })
package org.agora.learning;
