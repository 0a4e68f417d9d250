package org.clusterdev.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Offers answer requests and tenders of the same NIC group, best first; expired and withdrawn posts drop out. */
@SpringBootTest
class ExchangeIntegrationTests {

    @Autowired
    SubcontractExchange exchange;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        KnowledgeFixtures.accounts(accounts);
    }

    @Test
    @WithUserDetails(value = KnowledgeFixtures.CDA, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void matchesOffersToARequestBySameClassStateAndCapacityAndDropsExpiredOnes() {
        LocalDate month = exchange.today().plusDays(30);
        long request =
                exchange.post(post(ExchangePost.Kind.PART_REQUEST, "Need 5000 spanners", "2593", 3, 5000, month));
        long near = exchange.post(post(ExchangePost.Kind.CAPACITY_OFFER, "Forge in Jalandhar", "2593", 3, 8000, month));
        long far = exchange.post(post(ExchangePost.Kind.CAPACITY_OFFER, "Forge in Tumakuru", "2593", 29, 2000, month));
        long division =
                exchange.post(post(ExchangePost.Kind.CAPACITY_OFFER, "Sheet metal shop", "2599", 3, 9000, month));
        long otherRequest = exchange.post(post(ExchangePost.Kind.PART_REQUEST, "Need bolts", "2593", 3, 100, month));
        long expiring = exchange.post(post(ExchangePost.Kind.CAPACITY_OFFER, "Forge closing", "2593", 3, 9000, month));
        jdbc.sql("update knowledge.exchange_post set expires_on = current_date - 1 where id = ?")
                .param(expiring)
                .update();

        List<ExchangeMatch> matches = exchange.matches(request);
        List<Long> ids = matches.stream().map(m -> m.post().id()).toList();
        assertThat(ids).containsSubsequence(near, division).contains(far).doesNotContain(otherRequest, expiring);
        assertThat(matches.get(ids.indexOf(near)).reasons())
                .containsExactly("exchange.reason.nic4", "exchange.reason.state", "exchange.reason.capacity");
        assertThat(matches.get(ids.indexOf(far)).reasons()).containsExactly("exchange.reason.nic4");
        assertThat(exchange.open(java.util.Optional.empty()))
                .extracting(ExchangePost::id)
                .doesNotContain(expiring);

        exchange.withdraw(near);
        assertThat(exchange.matches(request)).extracting(m -> m.post().id()).doesNotContain(near);
    }

    @Test
    void refusesAPostThatExpiresInThePastOrHasNoValidNicCode() {
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> post(ExchangePost.Kind.TENDER, "Old", "2593", 3, 10, today.minusDays(2)))
                .hasMessageStartingWith("expiresOn:");
        assertThatThrownBy(() -> post(ExchangePost.Kind.TENDER, "Bad NIC", "25A", 3, 10, today.plusDays(40)))
                .hasMessageStartingWith("nicCode:");
    }

    private static ExchangePost post(
            ExchangePost.Kind kind, String title, String nic, int state, long quantity, LocalDate expiresOn) {
        return ExchangePost.draft(
                kind,
                title,
                "Details",
                nic,
                "Hand tools",
                state,
                quantity,
                "pieces per month",
                expiresOn,
                LocalDate.now());
    }
}
