package org.clusterdev.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clusterdev.identity.internal.AccountAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** e-Cluster News through its editorial workflow into the Atom feed, and events into the iCalendar file. */
@SpringBootTest
@AutoConfigureMockMvc
class NewsAndEventsIntegrationTests {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    EClusterNews news;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        KnowledgeFixtures.accounts(accounts);
    }

    @Test
    void aPostReachesTheFeedOnlyOnceAnEditorPublishedIt() throws Exception {
        String title = "Common facility centre opens in Moradabad & nearby <villages>";
        String location = mvc.perform(post("/news")
                        .param("title", title)
                        .param("summary", "Brass artisans share a new polishing unit.")
                        .param("body", "The centre was funded under the cluster programme.")
                        .param("language", "en")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(entryTitles(feed())).doesNotContain(title);
        mvc.perform(get(location)).andExpect(status().isNotFound());

        mvc.perform(post(location + "/submit")
                        .param("version", "0")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // a CDA is no editor: the post stays under review
        mvc.perform(post(location + "/publish")
                        .param("version", "1")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // a stale version is refused with the reason
        mvc.perform(post(location + "/publish")
                        .param("version", "0")
                        .with(user(KnowledgeFixtures.EDITOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("version: someone else changed")));
        mvc.perform(post(location + "/publish")
                        .param("version", "1")
                        .with(user(KnowledgeFixtures.EDITOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        Document feed = feed();
        assertThat(entryTitles(feed)).contains(title);
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        for (String required : List.of("id", "title", "updated")) {
            assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).isPositive();
        }
        Element entry = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent())
                .endsWith("/news/" + id);
        assertThat(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent())
                .matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        mvc.perform(get(location)).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails(value = KnowledgeFixtures.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyAPostUnderReviewCanBePublished() {
        long id = news.write(new NewsDraft("Draft", "Summary", "Body", "en"));
        assertThatThrownBy(() -> news.publish(id, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("status: only a post under review");
        assertThatThrownBy(() -> new NewsDraft("", "Summary", "Body", "en")).hasMessageStartingWith("title:");
    }

    @Test
    void anAuthorRevisesADraftButNotOncePublishedAndABadRevisionChangesNothing() throws Exception {
        String location = mvc.perform(post("/news")
                        .param("title", "Dyeing unit")
                        .param("summary", "First summary")
                        .param("body", "First text")
                        .param("language", "en")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location)
                        .param("version", "0")
                        .param("title", "Common dyeing unit opens in Bagru")
                        .param("summary", "Printers share an effluent-treated dyeing unit.")
                        .param("body", "Forty printers use it.")
                        .param("language", "en")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // an empty title is refused with its field, and the stored text stays as it was
        mvc.perform(post(location)
                        .param("version", "1")
                        .param("title", " ")
                        .param("summary", "Changed")
                        .param("body", "Changed")
                        .param("language", "en")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("title: give a title")));
        // a revision from a stale form is refused
        mvc.perform(post(location)
                        .param("version", "0")
                        .param("title", "Stale")
                        .param("summary", "Stale")
                        .param("body", "Stale")
                        .param("language", "en")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("version: someone else changed")));
        StoredPost revised = storedPost(id);
        assertThat(revised.title()).isEqualTo("Common dyeing unit opens in Bagru");
        assertThat(revised.summary()).isEqualTo("Printers share an effluent-treated dyeing unit.");
        assertThat(revised.version()).isEqualTo(1);

        for (String step : List.of("submit", "publish")) {
            mvc.perform(post(location + "/" + step)
                            .param("version", Integer.toString(storedPost(id).version()))
                            .with(user(KnowledgeFixtures.EDITOR))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(location)
                        .param("version", Integer.toString(storedPost(id).version()))
                        .param("title", "Rewritten after publication")
                        .param("summary", "Changed")
                        .param("body", "Changed")
                        .param("language", "en")
                        .with(user(KnowledgeFixtures.EDITOR))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(storedPost(id).title()).isEqualTo("Common dyeing unit opens in Bagru");
    }

    /** The stored title, summary and version of a post, whoever may see it. */
    private StoredPost storedPost(long id) {
        return jdbc.sql("select title, summary, version from knowledge.news_post where id = ?")
                .param(id)
                .query(StoredPost.class)
                .single();
    }

    record StoredPost(String title, String summary, int version) {}

    @Test
    void announcedEventsAreExportedAsAnICalendarFile() throws Exception {
        LocalDate start = LocalDate.now().plusDays(10);
        mvc.perform(post("/events")
                        .param("title", "Study tour: Jalandhar, Ludhiana; sports goods")
                        .param("kind", "STUDY_TOUR")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.plusDays(2).toString())
                        .param("place", "Jalandhar")
                        .param(
                                "description",
                                "Visits to units, a testing laboratory and the common facility centre, "
                                        + "with a meeting of the association and the district industries centre.")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/events")
                        .param("title", "Backwards")
                        .param("kind", "FAIR")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.minusDays(1).toString())
                        .param("place", "Agra")
                        .with(user(KnowledgeFixtures.CDA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("endsOn: the last day cannot come")));

        String ics = mvc.perform(get("/events/calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        List<String> unfolded = List.of(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(unfolded)
                .contains("SUMMARY:Study tour: Jalandhar\\, Ludhiana\\; sports goods")
                .contains("DTSTART;VALUE=DATE:" + start.toString().replace("-", ""))
                .contains("DTEND;VALUE=DATE:" + start.plusDays(3).toString().replace("-", ""))
                .doesNotContain("SUMMARY:Backwards");
        assertThat(unfolded.stream()
                        .filter(l -> l.startsWith("DESCRIPTION:Visits"))
                        .findFirst())
                .hasValueSatisfying(d -> assertThat(d).endsWith("district industries centre."));
    }

    private Document feed() throws Exception {
        byte[] xml = mvc.perform(get("/news/feed"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> entryTitles(Document feed) {
        List<String> titles = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i))
                    .getElementsByTagNameNS(ATOM, "title")
                    .item(0)
                    .getTextContent());
        }
        return titles;
    }
}
