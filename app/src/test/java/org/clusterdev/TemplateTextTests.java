package org.clusterdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;

/**
 * Fails on text a template shows without a message bundle: letters in an element whose content no
 * {@code th:text}/{@code th:utext} replaces, and literal {@code title}, {@code alt}, {@code placeholder} or
 * {@code aria-label} attributes. Everything a reader sees must come from the bundles so Hindi is complete.
 */
class TemplateTextTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");
    static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "sec:authentication");
    static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    @Test
    void everyVisibleTextComesFromTheMessageBundles() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                findings.addAll(hardCodedText(file));
            }
        }
        assertThat(findings).as("text hard-coded in templates").isEmpty();
    }

    @Test
    void detectsHardCodedTextAndAttributes() throws IOException {
        Path sample = Files.createTempFile("template", ".html");
        Files.writeString(sample, """
                <div><p th:text="#{ok}">placeholder text is fine</p><p>Hard coded</p>
                <img src="x.png" alt="A picture"><span th:title="#{ok}" th:text="#{ok}">x</span></div>""");
        assertThat(hardCodedText(sample))
                .hasSize(2)
                .anySatisfy(finding -> assertThat(finding).contains("Hard coded"))
                .anySatisfy(finding -> assertThat(finding).contains("alt=\"A picture\""));
    }

    static List<String> hardCodedText(Path file) throws IOException {
        List<String> findings = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        var handler = new AbstractSimpleMarkupHandler() {
            @Override
            public void handleStandaloneElement(
                    String name, java.util.Map<String, String> attributes, boolean minimized, int line, int col) {
                checkAttributes(name, attributes, line);
            }

            @Override
            public void handleOpenElement(String name, java.util.Map<String, String> attributes, int line, int col) {
                checkAttributes(name, attributes, line);
                if (VOID_ELEMENTS.contains(name.toLowerCase())) {
                    return;
                }
                boolean parentReplaced = !replaced.isEmpty() && replaced.peek();
                boolean replacing =
                        attributes != null && attributes.keySet().stream().anyMatch(REPLACING::contains);
                boolean code = Set.of("script", "style", "code").contains(name.toLowerCase());
                replaced.push(parentReplaced || replacing || code);
                names.push(name);
            }

            @Override
            public void handleAutoOpenElement(
                    String name, java.util.Map<String, String> attributes, int line, int col) {
                handleOpenElement(name, attributes, line, col);
            }

            @Override
            public void handleAutoCloseElement(String name, int line, int col) {
                handleCloseElement(name, line, col);
            }

            @Override
            public void handleCloseElement(String name, int line, int col) {
                if (!names.isEmpty() && names.peek().equalsIgnoreCase(name)) {
                    names.pop();
                    replaced.pop();
                }
            }

            @Override
            public void handleText(char[] buffer, int offset, int len, int line, int col) {
                String text = new String(buffer, offset, len).strip();
                boolean insideReplaced = !replaced.isEmpty() && replaced.peek();
                if (!insideReplaced && text.chars().anyMatch(Character::isLetter)) {
                    findings.add(file.getFileName() + ":" + line + " text '" + text + "'");
                }
            }

            private void checkAttributes(String element, java.util.Map<String, String> attributes, int line) {
                if (attributes == null) {
                    return;
                }
                attributes.forEach((name, value) -> {
                    boolean hiddenValue = name.equals("value") && !"button".equalsIgnoreCase(element);
                    if (READABLE_ATTRIBUTES.contains(name)
                            && !hiddenValue
                            && value.chars().anyMatch(Character::isLetter)) {
                        findings.add(file.getFileName() + ":" + line + " " + name + "=\"" + value + "\"");
                    }
                });
            }
        };
        try {
            new SimpleMarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(file), handler);
        } catch (ParseException e) {
            findings.add(file.getFileName() + ": cannot parse (" + e.getMessage() + ")");
        }
        return findings;
    }
}
