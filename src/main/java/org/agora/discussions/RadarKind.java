package org.agora.discussions;

/** What a radar link points at. */
public enum RadarKind {

	PROFESSIONAL_GROUP, ARTICLE, NEWS, EVENT_ELSEWHERE, TOOL
}
