package org.clusterdev.knowledge;

import java.util.List;

/**
 * A post that answers another, with why: {@code exchange.reason.nic4} / {@code nic2} (same NIC class or division),
 * {@code exchange.reason.state} (same state), {@code exchange.reason.capacity} (the offer covers the quantity).
 */
public record ExchangeMatch(ExchangePost post, int score, List<String> reasons) {

    public ExchangeMatch {
        reasons = List.copyOf(reasons);
    }
}
