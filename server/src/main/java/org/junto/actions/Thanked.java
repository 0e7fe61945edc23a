package org.junto.actions;

import java.util.List;

/** A {@code #thanks} post: {@code thankerId} thanked each of {@code thankedIds}. */
public record Thanked(long statusId, long thankerId, List<Long> thankedIds) {}
