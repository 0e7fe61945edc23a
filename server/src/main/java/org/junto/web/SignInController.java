package org.junto.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form. Spring Security's form login handles its POST (same path), sends failures back here with
 * {@code ?error} and, after success, returns the person to the page that asked them to sign in.
 */
@Controller
class SignInController {

    @GetMapping("/auth/sign_in")
    String form(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String registered,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("registered", registered != null);
        return "auth/sign_in";
    }
}
