package org.junto.api.mastodon;

import org.junto.markers.Marker;

/** Mastodon's Marker entity. */
public record MarkerEntity(String lastReadId, int version, String updatedAt) {
    static MarkerEntity of(Marker m) {
        return new MarkerEntity(Long.toString(m.lastReadId()), m.version(), Dates.datetime(m.updatedAt()));
    }
}
