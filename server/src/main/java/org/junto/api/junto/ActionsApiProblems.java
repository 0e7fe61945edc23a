package org.junto.api.junto;

import jakarta.servlet.http.HttpServletRequest;
import org.junto.core.JuntoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The Junto API's errors as RFC 9457 problem details ({@code application/problem+json}): status, a title for the
 * kind of failure and the detail for this one. Ordered before the Mastodon API's advice, which covers the rest of
 * {@code org.junto.api}. (Named for the actions feature; the lead may fold it into one advice for api.junto.)
 */
@RestControllerAdvice(basePackages = "org.junto.api.junto")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActionsApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ActionsApiProblems.class);

    static ResponseEntity<ProblemDetail> problem(int status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        return ResponseEntity.status(status).body(body);
    }

    @ExceptionHandler(JuntoException.class)
    ResponseEntity<ProblemDetail> junto(JuntoException e) {
        return problem(e.kind().status, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return problem(400, "The request body could not be parsed");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(422, "Validation failed: " + e.getName() + " is invalid");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Exception e) {
        return problem(405, "Method not allowed");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Exception e) {
        return problem(415, "Unsupported content type");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(500, "Something went wrong on our side");
    }
}
