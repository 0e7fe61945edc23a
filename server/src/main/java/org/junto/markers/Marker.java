package org.junto.markers;

import java.time.Instant;

/** The last read position in one of an account's timelines ({@code home} or {@code notifications}). */
public record Marker(String timeline, long lastReadId, int version, Instant updatedAt) {}
