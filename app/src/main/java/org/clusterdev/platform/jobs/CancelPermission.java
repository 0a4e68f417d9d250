package org.clusterdev.platform.jobs;

import org.clusterdev.platform.JobView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Refuses to cancel someone else's job unless the caller is an administrator. */
final class CancelPermission {

    private CancelPermission() {}

    static void check(JobView job, Authentication user) {
        boolean administrator = user.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMINISTRATOR".equals(authority.getAuthority()));
        if (!job.mayBeCancelledBy(user.getName(), administrator)) {
            throw new AccessDeniedException("Only " + job.createdBy() + " or an administrator may cancel this job.");
        }
    }
}
