package org.junto.api.junto;

import java.util.Map;
import org.junto.accounts.TimeZones;
import org.junto.api.mastodon.ApiParams;
import org.junto.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's time zone, in which relative due dates ({@code due:friday}) are read. UTC until set. */
@RestController
@RequestMapping("/api/junto/v1/settings/time_zone")
class TimeZoneController {
    private final TimeZones timeZones;

    TimeZoneController(TimeZones timeZones) {
        this.timeZones = timeZones;
    }

    @GetMapping
    Map<String, String> get(Caller caller) {
        return Map.of("time_zone", timeZones.of(caller.requireUser("read")).getId());
    }

    @Params({@Params.Param(name = "time_zone", description = "IANA time zone, e.g. Europe/Paris", required = true)})
    @PatchMapping
    Map<String, String> set(Caller caller, ApiParams params) {
        long me = caller.requireUser("write");
        return Map.of("time_zone", timeZones.set(me, params.get("time_zone")).getId());
    }
}
