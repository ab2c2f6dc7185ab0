/**
 * Discussions and Q&amp;A: the community lobby, topic and private spaces, threads and questions, replies and
 * answers, votes and accepted answers, tags, mentions, following, moderation, the community radar of outside
 * resources, and announcements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people" })
package org.agora.discussions;
