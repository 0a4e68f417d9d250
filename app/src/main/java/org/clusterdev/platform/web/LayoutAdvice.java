package org.clusterdev.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.clusterdev.platform.Deployment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page what the shared layout needs: the demo banner and the current path for the menu. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final Deployment deployment;

    LayoutAdvice(Deployment deployment) {
        this.deployment = deployment;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return deployment.demo();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
