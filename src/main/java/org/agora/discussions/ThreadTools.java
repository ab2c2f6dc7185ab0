package org.agora.discussions;

import java.util.List;

/**
 * What the thread page knows about a thread for the moderators' controls ({@code discussions/threadTools.jte}): pin,
 * lock, close, close as a duplicate, move to another space.
 *
 * @param duplicateOf the question this one duplicates, or null
 * @param moveTargets the other spaces the viewer moderates, where the thread may move
 */
record ThreadTools(long threadId, boolean question, boolean pinned, boolean locked, boolean closed, Long duplicateOf,
		boolean mayModerate, List<Space> moveTargets) {
}
