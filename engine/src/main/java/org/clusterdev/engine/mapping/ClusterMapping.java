package org.clusterdev.engine.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.density.DensityClustering;
import org.clusterdev.engine.density.DensityLabels;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.density.PointSet;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.groups.ProductGroups;

/**
 * Finds clusters in every product group of a firm table with the same density parameters. Groups are clustered
 * in parallel (and large groups in parallel inside); clusters are numbered group by group, in group order, and
 * within a group largest first, so numbers never depend on the number of threads.
 */
public final class ClusterMapping {

    private final DensityParameters parameters;
    private final Optional<WeightColumn> weight;

    /**
     * A mapping with the given parameters; {@code weight} names the column summed against
     * {@link DensityParameters#minWeight()}.
     *
     * @throws IllegalArgumentException when the parameters have a weight condition but no weight column is given
     */
    public ClusterMapping(DensityParameters parameters, Optional<WeightColumn> weight) {
        if (parameters.weighted() && weight.isEmpty()) {
            throw new IllegalArgumentException("weight: a minimum weight needs a weight column");
        }
        this.parameters = parameters;
        this.weight = parameters.weighted() ? weight : Optional.empty();
    }

    /** The density parameters. */
    public DensityParameters parameters() {
        return parameters;
    }

    /** The weight column, when the parameters have a weight condition. */
    public Optional<WeightColumn> weight() {
        return weight;
    }

    /**
     * Clusters every group.
     *
     * @throws IllegalArgumentException when the firms lack the weight column, or a member has no coordinates
     */
    public MappingResult map(Firms firms, ProductGroups groups, Parallelism parallelism, Progress progress) {
        PointSet all = weight.isPresent() ? firms.points(weight.get()) : firms.points();
        DensityClustering clustering = new DensityClustering(parameters);
        AtomicLong done = new AtomicLong();
        long total = 0;
        for (int g = 0; g < groups.count(); g++) {
            total += groups.members(g).length;
        }
        long firmsInGroups = total;
        progress.update("clustering", 0, firmsInGroups);
        List<Supplier<DensityLabels>> tasks = new ArrayList<>();
        for (int g = 0; g < groups.count(); g++) {
            int[] members = groups.members(g);
            // a group of all firms (ascending, distinct, as many as the firms: 0..n-1) needs no member list
            PointSet points = members.length == firms.size() ? all : all.restrictedTo(members);
            tasks.add(() -> {
                DensityLabels labels = clustering.cluster(points, parallelism);
                progress.update("clustering", done.addAndGet(members.length), firmsInGroups);
                return labels;
            });
        }
        return new MappingResult(firms, groups, parameters, weight, parallelism.all(tasks));
    }
}
