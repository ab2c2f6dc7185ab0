package org.agora.discussions;

/** What a person can watch: a thread, a space, or a tag. */
enum FollowTarget {

	THREAD, SPACE, TAG
}
