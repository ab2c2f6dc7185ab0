package org.agora.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index, under {@code agora.search.*}.
 *
 * @param directory where this node keeps its index; derived data, rebuilt from the database when missing
 */
@ConfigurationProperties("agora.search")
record SearchProperties(@DefaultValue("./data/search") Path directory) {
}
