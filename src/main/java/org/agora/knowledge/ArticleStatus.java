package org.agora.knowledge;

/** Where an article stands: written, reviewed by a peer, read by everyone, or put aside. */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

	/** Published and archived articles are read by the whole organization; the others only by their people. */
	boolean open() {
		return this == PUBLISHED || this == ARCHIVED;
	}
}
