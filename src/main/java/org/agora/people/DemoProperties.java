package org.agora.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo community, under {@code agora.demo.*}.
 *
 * @param enabled whether an empty database is filled with the demo community at start-up
 * @param size how many times the demo organization is replicated: 150 people and 25 knowledge leaders each
 */
@ConfigurationProperties("agora.demo")
record DemoProperties(boolean enabled, @DefaultValue("1") int size) {
}
