package org.junto.api.mastodon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junto.core.JuntoException;
import org.junto.markers.Marker;
import org.junto.markers.Markers;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's markers API: saved reading positions in the home timeline and the notifications. */
@RestController
@RequestMapping("/api/v1/markers")
class MarkersController {
    private final Markers markers;

    MarkersController(Markers markers) {
        this.markers = markers;
    }

    @GetMapping
    Map<String, MarkerEntity> get(Caller caller, ApiParams params) {
        long me = caller.requireUser("read:statuses");
        List<String> timelines = params.list("timeline");
        return entities(markers.get(me, timelines));
    }

    @PostMapping
    Map<String, MarkerEntity> save(Caller caller, ApiParams params) {
        long me = caller.requireUser("write:statuses");
        Map<String, Long> positions = new LinkedHashMap<>();
        for (String timeline : List.of(Markers.HOME, Markers.NOTIFICATIONS)) {
            String value = params.nested(timeline, "last_read_id");
            if (value != null && !value.isBlank()) {
                positions.put(timeline, id(value));
            }
        }
        return entities(markers.save(me, positions));
    }

    private static Map<String, MarkerEntity> entities(Map<String, Marker> found) {
        Map<String, MarkerEntity> out = new LinkedHashMap<>();
        found.forEach((timeline, marker) -> out.put(timeline, MarkerEntity.of(marker)));
        return out;
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw JuntoException.invalid("Validation failed: Last read ID is invalid");
        }
    }
}
