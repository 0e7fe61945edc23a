package org.junto.web;

import jakarta.servlet.http.HttpServletResponse;
import org.junto.core.JuntoException;
import org.junto.instance.InstanceInfo;
import org.junto.security.JuntoUserDetails;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of web pages as pages a person understands, with the right status. A status or account the viewer may not
 * see is "not found", exactly like one that does not exist, so a private post's existence is not revealed.
 */
@ControllerAdvice(basePackages = "org.junto.web")
class WebErrors {
    private final InstanceInfo info;

    WebErrors(InstanceInfo info) {
        this.info = info;
    }

    @ExceptionHandler(JuntoException.class)
    ModelAndView junto(JuntoException e, HttpServletResponse response) {
        int status = e.kind().status;
        String title = status == 404 ? "This page does not exist" : "That did not work";
        String message = status == 404
                ? "It may have been deleted, or it is not visible to you."
                : e.getMessage().replaceFirst("^Validation failed: ", "");
        return page(status, title, message, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badPath(HttpServletResponse response) {
        return page(404, "This page does not exist", "Check the address and try again.", response);
    }

    /** Exception handlers get no model attributes, so the page's frame is filled here. */
    private ModelAndView page(int status, String title, String message, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error-page");
        page.addObject("title", title);
        page.addObject("message", message);
        page.addObject("status", status);
        page.addObject("site", info);
        page.addObject("times", Times.INSTANCE);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        page.addObject("user", auth != null && auth.getPrincipal() instanceof JuntoUserDetails u ? u : null);
        return page;
    }
}
