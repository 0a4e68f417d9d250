package org.clusterdev.engine.mapping;

import java.util.List;
import java.util.Optional;
import org.clusterdev.engine.density.DensityLabels;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.groups.ProductGroups;

/**
 * The outcome of a mapping run. Clusters are numbered {@code 0..clusterCount()-1} across all groups. For each
 * firm it gives its memberships (one per group it belongs to, none for a firm in no group), each with the
 * cluster ({@link DensityLabels#NOISE} for noise) and whether the firm is a core point there.
 */
public final class MappingResult {

    private final Firms firms;
    private final ProductGroups groups;
    private final DensityParameters parameters;
    private final Optional<WeightColumn> weight;
    private final List<DensityLabels> labels;
    private final int[] clusterOffset;
    private final int clusterCount;
    private final int[] clusterGroup;
    private final int[] clusterStart;
    private final int[] firstMember;
    private volatile int[] memberFirms;
    private boolean[] memberCore;
    private final Memberships memberships;

    MappingResult(
            Firms firms,
            ProductGroups groups,
            DensityParameters parameters,
            Optional<WeightColumn> weight,
            List<DensityLabels> labels) {
        this.firms = firms;
        this.groups = groups;
        this.parameters = parameters;
        this.weight = weight;
        this.labels = List.copyOf(labels);
        clusterOffset = new int[groups.count() + 1];
        for (int g = 0; g < groups.count(); g++) {
            clusterOffset[g + 1] = clusterOffset[g] + labels.get(g).clusterCount();
        }
        clusterCount = clusterOffset[groups.count()];
        clusterGroup = new int[clusterCount];
        clusterStart = new int[clusterCount + 1];
        firstMember = new int[clusterCount];
        java.util.Arrays.fill(firstMember, -1);
        for (int g = 0; g < groups.count(); g++) {
            DensityLabels groupLabels = labels.get(g);
            int[] members = groups.members(g);
            for (int p = 0; p < groupLabels.size(); p++) {
                int cluster = groupLabels.clusterOf(p);
                if (cluster != DensityLabels.NOISE) {
                    int c = clusterOffset[g] + cluster;
                    clusterStart[c + 1]++;
                    if (firstMember[c] < 0) {
                        firstMember[c] = members[p];
                    }
                }
            }
            for (int c = clusterOffset[g]; c < clusterOffset[g + 1]; c++) {
                clusterGroup[c] = g;
            }
        }
        for (int c = 0; c < clusterCount; c++) {
            clusterStart[c + 1] += clusterStart[c];
        }
        memberships = new Memberships(firms.size(), groups);
    }

    /** The member lists, built on first use: summaries and label files do without them. */
    private synchronized void listMembers() {
        if (memberFirms != null) {
            return;
        }
        int[] firmsOfMembers = new int[clusterStart[clusterCount]];
        boolean[] coreOfMembers = new boolean[firmsOfMembers.length];
        int[] next = java.util.Arrays.copyOf(clusterStart, clusterCount);
        for (int g = 0; g < groups.count(); g++) {
            DensityLabels groupLabels = labels.get(g);
            int[] members = groups.members(g);
            for (int p = 0; p < groupLabels.size(); p++) {
                int cluster = groupLabels.clusterOf(p);
                if (cluster != DensityLabels.NOISE) {
                    int slot = next[clusterOffset[g] + cluster]++;
                    firmsOfMembers[slot] = members[p];
                    coreOfMembers[slot] = groupLabels.isCore(p);
                }
            }
        }
        memberCore = coreOfMembers;
        memberFirms = firmsOfMembers;
    }

    /** The firms mapped. */
    public Firms firms() {
        return firms;
    }

    /** The product groups. */
    public ProductGroups groups() {
        return groups;
    }

    /** The density parameters used. */
    public DensityParameters parameters() {
        return parameters;
    }

    /** The weight column summed, when the parameters have a weight condition. */
    public Optional<WeightColumn> weight() {
        return weight;
    }

    /** The number of clusters in all groups. */
    public int clusterCount() {
        return clusterCount;
    }

    /** The group a cluster belongs to. */
    public int groupOf(int cluster) {
        return clusterGroup[cluster];
    }

    /** The number of member firms of a cluster. */
    public int size(int cluster) {
        return clusterStart[cluster + 1] - clusterStart[cluster];
    }

    /** The first member firm of a cluster (the smallest row number). */
    public int firstMember(int cluster) {
        return firstMember[cluster];
    }

    /** The {@code k}-th member firm of a cluster (ascending row numbers). */
    public int member(int cluster, int k) {
        if (memberFirms == null) {
            listMembers();
        }
        return memberFirms[clusterStart[cluster] + k];
    }

    /** Whether the {@code k}-th member firm of a cluster is a core point. */
    public boolean memberIsCore(int cluster, int k) {
        if (memberFirms == null) {
            listMembers();
        }
        return memberCore[clusterStart[cluster] + k];
    }

    /** The labels of a group, by position in its member list. */
    public DensityLabels labels(int group) {
        return labels.get(group);
    }

    /** The number of groups a firm belongs to. */
    public int membershipCount(int firm) {
        return memberships.count(firm);
    }

    /** The group of a firm's {@code k}-th membership. */
    public int membershipGroup(int firm, int k) {
        return memberships.group(firm, k);
    }

    /** The cluster of a firm's {@code k}-th membership, {@link DensityLabels#NOISE} for noise. */
    public int membershipCluster(int firm, int k) {
        int group = memberships.group(firm, k);
        int local = labels.get(group).clusterOf(memberships.position(firm, k));
        return local == DensityLabels.NOISE ? DensityLabels.NOISE : clusterOffset[group] + local;
    }

    /** Whether a firm is a core point in its {@code k}-th membership. */
    public boolean membershipIsCore(int firm, int k) {
        return labels.get(memberships.group(firm, k)).isCore(memberships.position(firm, k));
    }

    /** Units (firms, per group) that are core points, border points and noise, in all groups. */
    public long[] coreBorderNoise() {
        long core = 0;
        long noise = 0;
        long total = 0;
        for (DensityLabels groupLabels : labels) {
            core += groupLabels.coreCount();
            noise += groupLabels.noiseCount();
            total += groupLabels.size();
        }
        return new long[] {core, total - core - noise, noise};
    }
}
