package org.agora.discussions;

import java.time.Instant;

/**
 * An RSS or Atom feed that fills the radar's queue.
 *
 * @param lastError why the last fetch failed, or null when it worked
 */
record RadarSource(long id, String name, String feedUrl, boolean enabled, Instant lastFetchedAt, String lastError) {
}
