/**
 * One search over everything the modules let people find: a Lucene index fed by their {@code SearchableChanged}
 * events, queried in English and Hebrew, filtered by the same policies as the pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package org.agora.search;
