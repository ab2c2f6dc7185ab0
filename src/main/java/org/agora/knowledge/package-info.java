/**
 * Knowledge articles and their versions, the article types, review dates and freshness, ratings, the leaders'
 * toolkit of templates, and articles harvested from discussions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people", "discussions" })
package org.agora.knowledge;
