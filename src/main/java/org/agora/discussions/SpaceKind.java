package org.agora.discussions;

/** What kind of space: the one community-wide lobby, an open topic space, or a private space with members. */
public enum SpaceKind {

	LOBBY, TOPIC, PRIVATE
}
