package org.clusterdev.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.groups.Grouping;
import org.clusterdev.engine.groups.ProductGroups;
import org.clusterdev.engine.mapping.ClusterMapping;
import org.clusterdev.engine.synthetic.SyntheticFirms;
import org.clusterdev.platform.JobCancelledException;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobProgress;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class EngineProgressTests {

    @Test
    void aCancellationRequestedWhileGroupsAreClusteredStopsTheMappingAsCancelled() {
        try (Parallelism parallelism = Parallelism.threads(2)) {
            Firms firms = SyntheticFirms.withSeed(3).generate(20_000, parallelism);
            ProductGroups groups = Grouping.byNicPrefix(2).assign(firms);
            assertThat(groups.count()).isGreaterThan(2);
            CancelledAfterFirstGroup job = new CancelledAfterFirstGroup();

            RuntimeException failure =
                    catchRuntimeException(() -> new ClusterMapping(new DensityParameters(2, 20, 0), Optional.empty())
                            .map(
                                    firms,
                                    groups,
                                    parallelism,
                                    new EngineProgress(job, new StaticMessageSource(), Locale.ENGLISH)));

            assertThat(EngineProgress.unwrapped(failure)).isInstanceOf(JobCancelledException.class);
            assertThat(job.messages).containsExactly("clustering");
            assertThat(job.lastDone).isLessThan(firms.size());
        }
    }

    @Test
    void aFailureThatIsNoCancellationStaysAsItIs() {
        IllegalStateException failure = new IllegalStateException("disk full", new RuntimeException("cause"));

        assertThat(EngineProgress.unwrapped(failure)).isSameAs(failure);
        assertThat(EngineProgress.unwrapped(
                        new IllegalStateException(new JobCancelledException(new JobId(java.util.UUID.randomUUID())))))
                .isInstanceOf(JobCancelledException.class);
    }

    /** A job whose cancellation is requested once the first product group is clustered. */
    private static final class CancelledAfterFirstGroup implements JobProgress {
        final List<String> messages = new ArrayList<>();
        volatile long lastDone;

        @Override
        public void total(long total) {}

        @Override
        public void advance(long steps) {}

        @Override
        public void done(long done) {
            lastDone = done;
        }

        @Override
        public void message(String message) {
            messages.add(message);
        }

        @Override
        public void resultLink(String link) {}

        @Override
        public void checkCancelled() {
            if (lastDone > 0) {
                throw new JobCancelledException(new JobId(java.util.UUID.randomUUID()));
            }
        }
    }
}
