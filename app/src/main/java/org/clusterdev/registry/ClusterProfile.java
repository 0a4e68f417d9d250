package org.clusterdev.registry;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the registry knows about one cluster: every column of {@code registry.cluster}, its figures by
 * year, its stakeholders and the linkages between them. Read it with {@link ClusterProfiles#find(long)}.
 * Absent values are empty {@link Optional}s and lists are never null (possibly empty).
 *
 * @param id the cluster's id
 * @param name its name, unique within its state, e.g. "Rajkot Diesel Engines"
 * @param product what it makes, in words
 * @param typologyCode its typology, e.g. {@code HANDLOOM}, {@code TRADITIONAL_MANUFACTURING}
 * @param typologyName the typology's English name
 * @param typologyParentCode the parent typology ({@code MICRO} for handloom, handicraft and other micro), empty
 *     for a top-level typology
 * @param nicCode its main NIC-2008 code (2 to 5 digits), empty when not classified
 * @param otherNicCodes further NIC-2008 codes, in stored order
 * @param stateCode the LGD code of its state; the geography module knows the name
 * @param districtCode the LGD code of its district, when known
 * @param districtName the district's name, when known (also when the code is not)
 * @param places further place names (towns, villages, blocks), free text
 * @param latitude WGS 84 latitude of its centre
 * @param longitude WGS 84 longitude of its centre
 * @param boundaryGeoJson its outline as a GeoJSON geometry (Polygon or MultiPolygon) text, when drawn
 * @param status {@code IDENTIFIED}, {@code VALIDATED}, {@code UNDER_INTERVENTION} or {@code GRADUATED}
 * @param positions its market-production position now and the one targeted
 * @param descriptors localisation, density, breadth and depth
 * @param needs the special needs flagged for it
 * @param description a description, when given
 * @param source where the record comes from (document, survey), when given
 * @param sample true for a sample cluster of a demo system, which pages label as such
 * @param createdAt when it was registered
 * @param updatedAt when it was last changed
 * @param updatedBy the user who last changed it, when recorded; {@link #withoutPersonalData()} empties it
 * @param version the optimistic-locking version, to be sent back with an edit
 * @param figures its key figures, one entry per year, oldest first
 * @param stakeholders the actors attached to it, by kind then name
 * @param linkages the linkages between actors within it, by kind then the names of their ends
 */
public record ClusterProfile(
        long id,
        String name,
        String product,
        String typologyCode,
        String typologyName,
        Optional<String> typologyParentCode,
        Optional<String> nicCode,
        List<String> otherNicCodes,
        int stateCode,
        Optional<Integer> districtCode,
        Optional<String> districtName,
        Optional<String> places,
        double latitude,
        double longitude,
        Optional<String> boundaryGeoJson,
        String status,
        Positions positions,
        Descriptors descriptors,
        Needs needs,
        Optional<String> description,
        Optional<String> source,
        boolean sample,
        Instant createdAt,
        Instant updatedAt,
        Optional<String> updatedBy,
        int version,
        List<Figures> figures,
        List<Stakeholder> stakeholders,
        List<Linkage> linkages) {

    public ClusterProfile {
        otherNicCodes = List.copyOf(otherNicCodes);
        figures = List.copyOf(figures);
        stakeholders = List.copyOf(stakeholders);
        linkages = List.copyOf(linkages);
    }

    /** The figures of the latest year, empty when the cluster has no figures. */
    public Optional<Figures> latestFigures() {
        return figures.stream().max(Comparator.comparingInt(Figures::year));
    }

    /**
     * The same profile for publication as open data: without the stakeholders' contacts and without the name
     * of the user who last changed it. Everything else is public.
     */
    public ClusterProfile withoutPersonalData() {
        return new ClusterProfile(
                id,
                name,
                product,
                typologyCode,
                typologyName,
                typologyParentCode,
                nicCode,
                otherNicCodes,
                stateCode,
                districtCode,
                districtName,
                places,
                latitude,
                longitude,
                boundaryGeoJson,
                status,
                positions,
                descriptors,
                needs,
                description,
                source,
                sample,
                createdAt,
                updatedAt,
                Optional.empty(),
                version,
                figures,
                stakeholders.stream().map(Stakeholder::withoutContact).toList(),
                linkages);
    }

    /**
     * The market-production position (004 §1.4): where the cluster sells (market) and how it produces
     * (production), each {@code L} (local), {@code N} (national) or {@code I} (international); empty where not
     * assessed.
     *
     * @param market the market position now
     * @param production the production position now
     * @param targetMarket the market position a programme aims for
     * @param targetProduction the production position a programme aims for
     */
    @Schema(name = "ClusterPositions")
    public record Positions(
            Optional<String> market,
            Optional<String> production,
            Optional<String> targetMarket,
            Optional<String> targetProduction) {}

    /**
     * The cluster's descriptors as assessed (for instance in a diagnostic study); empty where not assessed.
     *
     * @param localisation {@code LOCALISED} or {@code DISPERSED}
     * @param density {@code LOW}, {@code MEDIUM} or {@code HIGH}
     * @param breadth {@code LOW}, {@code MEDIUM} or {@code HIGH}
     * @param depth {@code LOW}, {@code MEDIUM} or {@code HIGH}
     */
    @Schema(name = "ClusterDescriptors")
    public record Descriptors(
            Optional<String> localisation,
            Optional<String> density,
            Optional<String> breadth,
            Optional<String> depth) {}

    /**
     * Special needs flagged for the cluster; false where not flagged.
     *
     * @param pollutionIntensive it is a pollution-intensive cluster
     * @param scienceTechnology it needs science and technology inputs
     * @param relocation it needs relocation
     * @param povertyIntensive it is a poverty-intensive cluster (004 Table 1.6)
     * @param socialCompliance it needs social compliance
     */
    @Schema(name = "ClusterNeeds")
    public record Needs(
            boolean pollutionIntensive,
            boolean scienceTechnology,
            boolean relocation,
            boolean povertyIntensive,
            boolean socialCompliance) {}

    /**
     * The cluster's key figures in one year; each is empty where not reported.
     *
     * @param year the year the figures refer to
     * @param enterprises enterprises (units) in the cluster
     * @param micro micro enterprises among them
     * @param small small enterprises among them
     * @param medium medium enterprises among them
     * @param artisans artisans
     * @param looms looms (handloom clusters)
     * @param families families of artisans and micro entrepreneurs
     * @param employment persons employed
     * @param turnoverRupees annual turnover in whole rupees
     * @param exportsRupees annual exports in whole rupees
     * @param minorityShare share of minorities in the cluster's population, percent 0 to 100
     * @param scStShare share of Scheduled Castes and Scheduled Tribes, percent 0 to 100
     */
    @Schema(name = "ClusterFigures")
    public record Figures(
            int year,
            Optional<Integer> enterprises,
            Optional<Integer> micro,
            Optional<Integer> small,
            Optional<Integer> medium,
            Optional<Integer> artisans,
            Optional<Integer> looms,
            Optional<Integer> families,
            Optional<Integer> employment,
            Optional<Long> turnoverRupees,
            Optional<Long> exportsRupees,
            Optional<BigDecimal> minorityShare,
            Optional<BigDecimal> scStShare) {}

    /**
     * An actor attached to the cluster (a firm, an association, a bank, an institution...). The same actor may
     * be attached to several clusters.
     *
     * @param actorId the actor's id
     * @param name its name
     * @param kind {@code PRINCIPAL_FIRM}, {@code SUPPLIER}, {@code BUYER}, {@code BDS_PROVIDER}, {@code BANK},
     *     {@code TECHNICAL_INSTITUTION}, {@code ASSOCIATION}, {@code NETWORK}, {@code CONSORTIUM}, {@code SPV},
     *     {@code SHG}, {@code COOPERATIVE}, {@code NGO} or {@code GOVERNMENT_BODY}
     * @param description what it does, when given
     * @param contact how to reach it, when given; may name a person, so open data leaves it out
     * @param stateCode the LGD code of the state it is based in, when known
     * @param since since when it is part of the cluster, when known
     */
    @Schema(name = "ClusterStakeholder")
    public record Stakeholder(
            long actorId,
            String name,
            String kind,
            Optional<String> description,
            Optional<String> contact,
            Optional<Integer> stateCode,
            Optional<LocalDate> since) {

        Stakeholder withoutContact() {
            return new Stakeholder(actorId, name, kind, description, Optional.empty(), stateCode, since);
        }
    }

    /**
     * A typed, dated tie between two actors within the cluster.
     *
     * @param id the linkage's id
     * @param fromActorId the actor it starts from (e.g. the buyer of a backward linkage)
     * @param fromActorName that actor's name
     * @param toActorId the actor it leads to
     * @param toActorName that actor's name
     * @param kind {@code BACKWARD}, {@code FORWARD}, {@code SERVICE}, {@code MEMBERSHIP} or {@code FINANCE}
     * @param startedOn when it started, when known
     * @param endedOn when it ended; empty while it lasts (or when unknown)
     * @param note a remark, when given
     */
    @Schema(name = "ClusterLinkage")
    public record Linkage(
            long id,
            long fromActorId,
            String fromActorName,
            long toActorId,
            String toActorName,
            String kind,
            Optional<LocalDate> startedOn,
            Optional<LocalDate> endedOn,
            Optional<String> note) {}
}
