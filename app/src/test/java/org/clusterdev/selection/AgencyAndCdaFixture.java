package org.clusterdev.selection;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Puts an implementing agency and a CDA in place for an intervention through the REST API, as an administrator,
 * so that tests of later stages can pass the rule of {@code AGENCY_AND_CDA_IN_PLACE}.
 */
public final class AgencyAndCdaFixture {

    private AgencyAndCdaFixture() {}

    /** Engages a new implementing agency for the intervention and assigns a new CDA to its cluster, from today. */
    public static void putInPlace(MockMvc mvc, long interventionId, long clusterId) throws Exception {
        // a request made as the administrator replaces the test's own signed-in user; it is put back afterwards
        SecurityContext caller = TestSecurityContextHolder.getContext();
        try {
            engageAndAssign(mvc, interventionId, clusterId);
        } finally {
            TestSecurityContextHolder.setContext(caller);
        }
    }

    private static void engageAndAssign(MockMvc mvc, long interventionId, long clusterId) throws Exception {
        String today = java.time.LocalDate.now().toString();
        long agency = created(
                mvc,
                "/api/v1/agencies",
                "{\"name\":\"Agency for intervention %d (%d)\",\"kind\":\"IMPLEMENTING_AGENCY\",\"stateCode\":%d,\"trainedPersons\":2}"
                        .formatted(interventionId, System.nanoTime(), stateOf(mvc, clusterId)));
        created(
                mvc,
                "/api/v1/agencies/" + agency + "/engagements",
                "{\"clusterId\":%d,\"interventionId\":%d,\"startedOn\":\"%s\"}"
                        .formatted(clusterId, interventionId, today));
        long cda = created(
                mvc,
                "/api/v1/cdas",
                "{\"name\":\"CDA for intervention %d\",\"stateCode\":%d,\"speciality\":\"NETWORKING\"}"
                        .formatted(interventionId, stateOf(mvc, clusterId)));
        created(
                mvc,
                "/api/v1/cdas/" + cda + "/assignments",
                "{\"clusterId\":%d,\"dedicated\":true,\"stationed\":true,\"startedOn\":\"%s\"}"
                        .formatted(clusterId, today));
    }

    private static int stateOf(MockMvc mvc, long clusterId) throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/clusters/" + clusterId))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher state =
                java.util.regex.Pattern.compile("\"stateCode\"\\s*:\\s*(\\d+)").matcher(body);
        if (!state.find()) {
            throw new IllegalStateException("cluster " + clusterId + " has no stateCode in " + body);
        }
        return Integer.parseInt(state.group(1));
    }

    private static long created(MockMvc mvc, String path, String json) throws Exception {
        String body = mvc.perform(post(path)
                        .with(user("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }
}
