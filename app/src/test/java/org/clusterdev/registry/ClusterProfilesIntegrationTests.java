package org.clusterdev.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The full profile of a cluster as the profile page and the open-data API read it. */
@SpringBootTest
@Transactional
class ClusterProfilesIntegrationTests {

    @Autowired
    ClusterProfiles profiles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsASampleClusterWithItsFigures() {
        ClusterProfile rajkot = profiles.find(idOf("Rajkot Diesel Engines")).orElseThrow();

        assertThat(rajkot.product()).isEqualTo("Diesel engines and engineering products");
        assertThat(rajkot.typologyCode()).isEqualTo("TRADITIONAL_MANUFACTURING");
        assertThat(rajkot.typologyParentCode()).isEmpty();
        assertThat(rajkot.nicCode()).contains("2811");
        assertThat(rajkot.stateCode()).isEqualTo(24);
        assertThat(rajkot.districtName()).contains("Rajkot");
        assertThat(rajkot.status()).isEqualTo("GRADUATED");
        assertThat(rajkot.sample()).isTrue();
        assertThat(rajkot.figures()).isNotEmpty();
        assertThat(rajkot.latestFigures()).isPresent();
        assertThat(rajkot.stakeholders())
                .extracting(ClusterProfile.Stakeholder::name)
                .contains("Rajkot Engineering Association (REA)", "Rajkot diesel engine and engineering firms");
        assertThat(rajkot.linkages()).anySatisfy(linkage -> {
            assertThat(linkage.fromActorName()).isEqualTo("Rajkot Engineering Association (REA)");
            assertThat(linkage.kind()).isEqualTo("MEMBERSHIP");
        });
    }

    @Test
    void readsEveryProfileColumnFiguresByYearStakeholdersAndLinkages() {
        long id = idOf("Chanderi Handloom");
        jdbc.sql("""
                        update registry.cluster set nic_codes = '{1313,13921}', places = 'Chanderi, Pranpur',
                            target_market_position = 'N', target_production_position = 'N', localisation = 'LOCALISED',
                            density = 'HIGH', breadth = 'MEDIUM', depth = 'LOW', poverty_intensive = true,
                            needs_social_compliance = true, updated_by = 'demo-state'
                        where id = :id""").param("id", id).update();
        jdbc.sql("delete from registry.cluster_figure where cluster_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("""
                        insert into registry.cluster_figure (cluster_id, year, looms, employment, minority_share)
                        values (:id, 2008, 3500, 9000, 62.50), (:id, 2005, 3000, 8000, null)""").param("id", id).update();
        long society = actor("Chanderi Weavers' Cooperative Society", "COOPERATIVE", "secretary: +91 00000 00000");
        long bank = actor("Ashoknagar District Cooperative Bank", "BANK", null);
        attach(id, society, LocalDate.of(2003, 4, 1));
        attach(id, bank, null);
        jdbc.sql("""
                        insert into registry.linkage (cluster_id, from_actor, to_actor, kind, started_on, note)
                        values (:cluster, :from, :to, 'FINANCE', date '2004-01-01', 'working capital')""")
                .param("cluster", id)
                .param("from", bank)
                .param("to", society)
                .update();

        ClusterProfile chanderi = profiles.find(id).orElseThrow();

        assertThat(chanderi.typologyParentCode()).contains("MICRO");
        assertThat(chanderi.otherNicCodes()).containsExactly("1313", "13921");
        assertThat(chanderi.places()).contains("Chanderi, Pranpur");
        assertThat(chanderi.positions().targetMarket()).contains("N");
        assertThat(chanderi.descriptors())
                .isEqualTo(new ClusterProfile.Descriptors(
                        Optional.of("LOCALISED"), Optional.of("HIGH"), Optional.of("MEDIUM"), Optional.of("LOW")));
        assertThat(chanderi.needs().povertyIntensive()).isTrue();
        assertThat(chanderi.needs().pollutionIntensive()).isFalse();
        assertThat(chanderi.updatedBy()).contains("demo-state");
        assertThat(chanderi.figures()).extracting(ClusterProfile.Figures::year).containsExactly(2005, 2008);
        ClusterProfile.Figures latest = chanderi.latestFigures().orElseThrow();
        assertThat(latest.looms()).contains(3500);
        assertThat(latest.enterprises()).isEmpty();
        assertThat(latest.minorityShare()).contains(new BigDecimal("62.50"));
        // other tests may add stakeholders and linkages of their own to this sample cluster
        List<ClusterProfile.Stakeholder> attached = chanderi.stakeholders().stream()
                .filter(s -> s.actorId() == society || s.actorId() == bank)
                .toList();
        assertThat(attached).extracting(ClusterProfile.Stakeholder::kind).containsExactly("BANK", "COOPERATIVE");
        assertThat(attached.get(1).since()).contains(LocalDate.of(2003, 4, 1));
        assertThat(attached.get(1).contact()).contains("secretary: +91 00000 00000");
        assertThat(chanderi.linkages())
                .filteredOn(linkage -> linkage.toActorId() == society)
                .singleElement()
                .satisfies(linkage -> {
                    assertThat(linkage.kind()).isEqualTo("FINANCE");
                    assertThat(linkage.fromActorName()).isEqualTo("Ashoknagar District Cooperative Bank");
                    assertThat(linkage.toActorId()).isEqualTo(society);
                    assertThat(linkage.startedOn()).contains(LocalDate.of(2004, 1, 1));
                    assertThat(linkage.endedOn()).isEmpty();
                    assertThat(linkage.note()).contains("working capital");
                });

        ClusterProfile published = chanderi.withoutPersonalData();
        assertThat(published.updatedBy()).isEmpty();
        assertThat(published.stakeholders())
                .allSatisfy(s -> assertThat(s.contact()).isEmpty());
        assertThat(published.linkages()).isEqualTo(chanderi.linkages());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(profiles.find(-1)).isEmpty();
    }

    private long idOf(String name) {
        return jdbc.sql("select id from registry.cluster where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long actor(String name, String kind, String contact) {
        return jdbc.sql("insert into registry.actor (name, kind, contact) values (:name, :kind, :contact) returning id")
                .param("name", name)
                .param("kind", kind)
                .param("contact", contact)
                .query(Long.class)
                .single();
    }

    private void attach(long cluster, long actor, LocalDate since) {
        jdbc.sql("insert into registry.cluster_actor (cluster_id, actor_id, since) values (:cluster, :actor, :since)")
                .param("cluster", cluster)
                .param("actor", actor)
                .param("since", since)
                .update();
    }
}
