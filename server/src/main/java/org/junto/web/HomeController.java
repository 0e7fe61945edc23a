package org.junto.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what this server is, and the way in (or out). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
