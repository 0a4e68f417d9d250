package org.clusterdev.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.monitoring.EarlyWarnings;
import org.clusterdev.monitoring.ReportingPeriod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Interventions lagging behind: reports missing, indicators behind their targets, planned activities behind
 * schedule, money released but not spent.
 */
@Controller
class WarningsController {

    private final EarlyWarnings warnings;
    private final Geography geography;

    WarningsController(EarlyWarnings warnings, Geography geography) {
        this.warnings = warnings;
        this.geography = geography;
    }

    @GetMapping("/monitoring/warnings")
    String warnings(@RequestParam(required = false) Integer state, Model model) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        ReportingPeriod current = ReportingPeriod.containing(today);
        model.addAttribute("warnings", warnings.asOf(today, Optional.ofNullable(state)));
        model.addAttribute("behindShare", percent(EarlyWarnings.BEHIND_SHARE));
        model.addAttribute("underSpentShare", percent(EarlyWarnings.UNDER_SPENT_SHARE));
        model.addAttribute("graceDays", EarlyWarnings.SPENDING_GRACE_DAYS);
        model.addAttribute("due", current.previous());
        model.addAttribute("states", geography.states());
        model.addAttribute("state", state);
        return "monitoring/warnings";
    }

    private static int percent(java.math.BigDecimal share) {
        return share.movePointRight(2).intValue();
    }
}
