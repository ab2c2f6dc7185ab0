/**
 * The knowledge map: knowledge areas and the units that depend on them, units' knowledge needs and their priority,
 * the holders of critical knowledge and their retention risk, and the retention plans that keep it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people" })
package org.agora.knowledgemap;
