package org.clusterdev.platform.jobs;

import java.util.NoSuchElementException;
import java.util.UUID;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobView;
import org.clusterdev.platform.Jobs;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lets programs follow and cancel the jobs they started, e.g. an import submitted through the API. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobApi {

    private final Jobs jobs;

    JobApi(Jobs jobs) {
        this.jobs = jobs;
    }

    /** The job's status and progress; 404 if there is no such job. */
    @GetMapping("/{id}")
    JobView job(@PathVariable UUID id) {
        return find(id);
    }

    /** Asks the job to stop; 404 if there is no such job, 409 if it has already finished. */
    @PostMapping("/{id}/cancel")
    @ResponseStatus(HttpStatus.ACCEPTED)
    JobView cancel(@PathVariable UUID id, Authentication user) {
        JobView job = find(id);
        CancelPermission.check(job, user);
        if (!jobs.cancel(job.id())) {
            throw new IllegalStateException("job " + id + " has already finished as " + find(id).status());
        }
        return find(id);
    }

    private JobView find(UUID id) {
        return jobs.find(new JobId(id)).orElseThrow(() -> new NoSuchElementException("no job " + id));
    }
}
