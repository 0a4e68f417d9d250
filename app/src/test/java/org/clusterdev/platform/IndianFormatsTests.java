package org.clusterdev.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class IndianFormatsTests {

    static final Locale HINDI = Locale.forLanguageTag("hi-IN");

    final IndianFormats formats = new IndianFormats(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void groupsDigitsInThousandsThenInHundreds() {
        assertThat(formats.number(0L)).isEqualTo("0");
        assertThat(formats.number(999L)).isEqualTo("999");
        assertThat(formats.number(1000L)).isEqualTo("1,000");
        assertThat(formats.number(100000L)).isEqualTo("1,00,000");
        assertThat(formats.number(1234567L)).isEqualTo("12,34,567");
        assertThat(formats.number(123456789012L)).isEqualTo("1,23,45,67,89,012");
        assertThat(formats.number(-45000L)).isEqualTo("-45,000");
        assertThat(formats.number((Long) null)).isEmpty();
    }

    @Test
    void showsRupeesInLakhAndCrore() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-IN"));
        assertThat(formats.rupees(45_000L)).isEqualTo("₹ 45,000");
        assertThat(formats.rupees(1_250_000L)).isEqualTo("₹ 12.5 lakh");
        assertThat(formats.rupees(10_000_000L)).isEqualTo("₹ 1 crore");
        assertThat(formats.rupees(7_000_000_000L)).isEqualTo("₹ 700 crore");
        assertThat(formats.rupees(123_456_789_000L)).isEqualTo("₹ 12,345.68 crore");
    }

    @Test
    void namesTheUnitInTheReadersLanguage() {
        LocaleContextHolder.setLocale(HINDI);
        assertThat(formats.rupees(1_500_000L)).isEqualTo("₹ 15 लाख");
        assertThat(formats.rupees(25_000_000L)).isEqualTo("₹ 2.5 करोड़");
    }

    @Test
    void writesDatesWithTheMonthInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en-IN"));
        assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 Nov 2026");
        LocaleContextHolder.setLocale(HINDI);
        assertThat(formats.date(LocalDate.of(2026, 11, 23)))
                .startsWith("23 ")
                .endsWith(" 2026")
                .doesNotContain("Nov");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("unit.lakh", Locale.forLanguageTag("en-IN"), "lakh");
        messages.addMessage("unit.crore", Locale.forLanguageTag("en-IN"), "crore");
        messages.addMessage("unit.lakh", HINDI, "लाख");
        messages.addMessage("unit.crore", HINDI, "करोड़");
        return messages;
    }
}
