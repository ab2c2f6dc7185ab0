/**
 * What a module tells the search index: the things it lets people find ({@link SearchSource}), what each of them says
 * ({@link SearchDocument}), who may find it ({@link SearchAccess}), and that one of them changed
 * ({@link SearchableChanged}). The search module depends on nothing else, so a new module becomes searchable by
 * adding a source and publishing its changes.
 */
package org.agora.platform.search;
