package org.agora.discussions;

/** A person's role in a space. Moderators pin, lock, close, move and hide in it, and decide on its members. */
enum SpaceRole {

	MEMBER, MODERATOR
}
