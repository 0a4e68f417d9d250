package org.clusterdev.platform.jobs;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.clusterdev.TestDatabase;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobStatus;
import org.clusterdev.platform.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The job pages and API as the administrator sees them, with jobs really running in the background. */
@SpringBootTest
@AutoConfigureMockMvc
class JobPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Jobs jobs;

    @Autowired
    UserDetailsService accounts;

    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseWork() {
        release.countDown();
    }

    @Test
    void showsARunningJobWithAProgressBarThatPollsAndACancelButton() throws Exception {
        JobId id = runningJobAtOneOfFour();

        mvc.perform(get("/jobs/{id}", id.value()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<progress class=\"job-progress\"")))
                .andExpect(content().string(containsString("aria-valuenow=\"25\"")))
                .andExpect(content().string(containsString("aria-valuemax=\"100\"")))
                .andExpect(content().string(containsString("25%")))
                .andExpect(content().string(containsString("1 of 4 done")))
                .andExpect(content().string(containsString("hx-get=\"/jobs/" + id + "/progress\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("action=\"/jobs/" + id + "/cancel\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void answersThePollWithJustTheProgressFragment() throws Exception {
        JobId id = runningJobAtOneOfFour();

        mvc.perform(get("/jobs/{id}/progress", id.value()).with(admin()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"job-progress\"")))
                .andExpect(content().string(containsString("aria-valuenow=\"25\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void stopsPollingAndOffersTheResultOnceTheJobHasFinished() throws Exception {
        JobId id = jobs.submit("test", "Finished job", progress -> {
            progress.total(2);
            progress.done(2);
            progress.resultLink("/classification");
        });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jobs.find(id).orElseThrow().finished());

        mvc.perform(get("/jobs/{id}/progress", id.value()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-valuenow=\"100\"")))
                .andExpect(content().string(containsString("href=\"/classification\"")))
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(not(containsString("hx-get"))))
                .andExpect(content().string(not(containsString("job-cancel"))));
    }

    @Test
    void cancelsAJobFromItsPage() throws Exception {
        JobId id = runningJobAtOneOfFour();

        mvc.perform(post("/jobs/{id}/cancel", id.value()).with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/jobs/" + id));

        release.countDown();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jobs.find(id).orElseThrow().finished());
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void listsRecentJobsNewestFirst() throws Exception {
        jobs.submit("test", "Older listed job", progress -> {});
        jobs.submit("test", "Newer listed job", progress -> {});

        String page = mvc.perform(get("/jobs").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Newer listed job", "Older listed job");
        assertThat(page.indexOf("Newer listed job")).isLessThan(page.indexOf("Older listed job"));
    }

    @Test
    void givesTheJobAsJsonAndAProblemForAnUnknownOne() throws Exception {
        JobId id = runningJobAtOneOfFour();

        mvc.perform(get("/api/v1/jobs/{id}", id.value()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andExpect(jsonPath("$.percent").value(25))
                .andExpect(jsonPath("$.finished").value(false));
        mvc.perform(post("/api/v1/jobs/{id}/cancel", id.value()).with(admin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.cancelRequested").value(true));
        mvc.perform(get("/api/v1/jobs/{id}", id.value())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/jobs/{id}", UUID.randomUUID()).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** A job that reports 1 of 4 steps and then waits until the test releases it (or cancels it). */
    private JobId runningJobAtOneOfFour() {
        JobId id = jobs.submit("test", "Waiting job", progress -> {
            progress.total(4);
            progress.done(1);
            while (!release.await(20, MILLISECONDS)) {
                progress.checkCancelled();
            }
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jobs.find(id)
                        .filter(job -> job.done() == 1 && job.status() == JobStatus.RUNNING)
                        .isPresent());
        return id;
    }

    /** Signs the request in as the administrator every test context creates, loaded from the database. */
    private RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername(TestDatabase.ADMIN_USERNAME));
    }
}
