/** People, org units, roles, profiles and expertise, and the knowledge-leader programme. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.agora.people;
