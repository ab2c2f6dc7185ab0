package org.agora.discussions;

/** A thread is a discussion (replies) or a question (answers, votes and one accepted answer). */
public enum ThreadKind {

	DISCUSSION, QUESTION
}
