package org.clusterdev.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that escape the controllers: API paths get RFC 9457 problem details, people get a friendly page
 * in their language with a way back.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        model.addAttribute("status", status.value());
        model.addAttribute(
                "messageKey",
                switch (status) {
                    case NOT_FOUND -> "error.notFound";
                    case FORBIDDEN -> "error.forbidden";
                    case BAD_REQUEST, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, CONTENT_TOO_LARGE ->
                        "error.badRequest";
                    default -> "error.server";
                });
        return "error/error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                switch (status) {
                    case NOT_FOUND -> "No resource exists at this address.";
                    case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
                    case INTERNAL_SERVER_ERROR -> "The server failed to answer; the error is logged.";
                    default -> status.getReasonPhrase();
                });
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
        return problem(request);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/v1/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
