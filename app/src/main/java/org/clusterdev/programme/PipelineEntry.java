package org.clusterdev.programme;

import java.util.List;
import org.clusterdev.identity.Role;

/**
 * One intervention as the pipeline shows it.
 *
 * @param intervention where it stands
 * @param clusterName the cluster it develops, as the registry names it
 * @param overdue whether it stands in its stage past the stage's last day
 * @param daysOverdue by how many days, 0 when not overdue
 * @param whoMustAct the roles that must act to move it on (empty for the final stages)
 */
public record PipelineEntry(
        Intervention intervention, String clusterName, boolean overdue, long daysOverdue, List<Role> whoMustAct) {}
