package org.clusterdev.platform.jobs;

import java.util.UUID;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobView;
import org.clusterdev.platform.Jobs;
import org.clusterdev.platform.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The job list and one job's page, whose progress bar htmx refreshes every second until the job ends. */
@Controller
@RequestMapping("/jobs")
class JobPages {

    static final int PAGE_SIZE = 20;

    private final Jobs jobs;

    JobPages(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Pagination pagination = Pagination.of(page, PAGE_SIZE, jobs.count());
        model.addAttribute("jobs", jobs.recent(pagination.offset(), PAGE_SIZE));
        model.addAttribute("page", pagination);
        return "platform/jobs";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "platform/job";
    }

    /** The part of the job page that htmx polls. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "platform/job :: progress";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, Authentication user) {
        JobView job = job(id);
        CancelPermission.check(job, user);
        jobs.cancel(job.id());
        return "redirect:/jobs/" + id;
    }

    private JobView job(UUID id) {
        return jobs.find(new JobId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
