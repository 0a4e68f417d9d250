package org.clusterdev.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.clusterdev.platform.IndianFormats;
import org.clusterdev.registry.Reason;
import org.clusterdev.registry.Reason.Key;
import org.clusterdev.registry.Reason.Rupees;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class DefinitionTextsTests {

    static final Locale ENGLISH = Locale.forLanguageTag("en-IN");
    static final Locale HINDI = Locale.forLanguageTag("hi-IN");

    final DefinitionTexts texts = texts();

    @Test
    void saysWhyAHandloomClusterMissesIhcdpInEnglishAndHindi() {
        Reason reason =
                Reason.of("definitions.reason.below", 63L, new Key("definitions.unit.LOOMS"), new BigDecimal("500"));

        assertThat(texts.text(reason, ENGLISH)).isEqualTo("63 looms, needs 500");
        assertThat(texts.text(reason, HINDI)).isEqualTo("63 करघे, 500 आवश्यक");
    }

    @Test
    void groupsNumbersTheIndianWayAndWritesMoneyInCrore() {
        Reason relaxed = Reason.of(
                "definitions.reason.enoughRelaxed",
                60L,
                new Key("definitions.unit.ARTISANS"),
                new BigDecimal("50"),
                new Key("definitions.region.NORTH_EAST"),
                new BigDecimal("100"));
        Reason turnover = Reason.of(
                "definitions.maturity.potential",
                new Key("definitions.parameter.TURNOVER"),
                new Rupees(750_000_000L),
                new Rupees(100_000_000L),
                new Rupees(1_000_000_000L));
        Reason big = Reason.of("definitions.reason.enough", 125000L, new Key("definitions.unit.FIRMS"), 100);

        assertThat(texts.text(relaxed, ENGLISH))
                .isEqualTo("60 artisans, at least 50 needed in the North-East (100 elsewhere)");
        assertThat(texts.text(turnover, ENGLISH))
                .isEqualTo("Turnover: ₹ 75 crore, potential from ₹ 10 crore, mature from ₹ 100 crore");
        assertThat(texts.text(big, ENGLISH)).isEqualTo("1,25,000 enterprises, at least 100 needed");
    }

    private static DefinitionTexts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform", "i18n/registry", "i18n/definitions");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DefinitionTexts(messages, new IndianFormats(messages));
    }
}
