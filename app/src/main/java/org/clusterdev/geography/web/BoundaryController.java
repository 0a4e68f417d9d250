package org.clusterdev.geography.web;

import java.io.IOException;
import java.time.Duration;
import org.clusterdev.geography.internal.BoundaryLayers;
import org.clusterdev.geography.internal.BoundaryLayers.InvalidLayerException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Serves the state boundary layer to maps and lets administrators replace it. */
@Controller
class BoundaryController {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final BoundaryLayers layers;

    BoundaryController(BoundaryLayers layers) {
        this.layers = layers;
    }

    @GetMapping("/geo/states.geojson")
    ResponseEntity<byte[]> states() throws IOException {
        return ResponseEntity.ok()
                .contentType(GEOJSON)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .header("X-Boundary-Approximate", Boolean.toString(layers.info().approximate()))
                .body(layers.current());
    }

    @GetMapping("/admin/boundaries")
    String page(Model model) {
        model.addAttribute("layer", layers.info());
        return "geography/boundaries";
    }

    @PostMapping("/admin/boundaries")
    String upload(
            @RequestParam(defaultValue = "") String name,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            layers.upload(name, file.getBytes());
            redirect.addFlashAttribute("uploaded", true);
            return "redirect:/admin/boundaries";
        } catch (InvalidLayerException e) {
            model.addAttribute("layer", layers.info());
            model.addAttribute("errors", e.errors());
            return "geography/boundaries";
        }
    }

    @PostMapping("/admin/boundaries/revert")
    String revert(RedirectAttributes redirect) {
        layers.revertToApproximate();
        redirect.addFlashAttribute("reverted", true);
        return "redirect:/admin/boundaries";
    }
}
