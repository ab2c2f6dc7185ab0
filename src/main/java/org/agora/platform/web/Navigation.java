package org.agora.platform.web;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;

/** A module's links in the header, for the signed-in person; modules that do not exist add none. */
public interface Navigation {

	List<NavItem> items(AgoraPrincipal viewer);
}
