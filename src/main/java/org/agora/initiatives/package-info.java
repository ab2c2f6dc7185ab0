/**
 * Unit KM initiatives and the manager's portfolio of them, joint projects with their task boards, and the private 1:1
 * support plans of knowledge leaders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people" })
package org.agora.initiatives;
