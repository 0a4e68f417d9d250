package org.clusterdev.geography.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.clusterdev.geography.District;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.PinLocation;
import org.clusterdev.geography.State;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/geography")
@Tag(name = "Geography", description = "States, districts and the PIN-code gazetteer (public)")
class GeographyApi {

    private final Geography geography;

    GeographyApi(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/states")
    @Operation(summary = "All states and union territories with their LGD codes and flags")
    List<State> states() {
        return geography.states();
    }

    @GetMapping("/states/{code}/districts")
    @Operation(summary = "The districts of one state, with North-East, hilly and KBK flags")
    List<District> districts(@PathVariable int code) {
        geography
                .state(code)
                .orElseThrow(() -> new NoSuchElementException("No state or UT has LGD code " + code + "."));
        return geography.districts(code);
    }

    @GetMapping("/pincodes/{pin}")
    @Operation(summary = "Where a PIN code is: place, district, state and approximate coordinates")
    PinLocation pin(@PathVariable String pin) {
        return geography
                .locate(pin)
                .orElseThrow(() -> new NoSuchElementException("The gazetteer has no PIN " + pin + "."));
    }
}
