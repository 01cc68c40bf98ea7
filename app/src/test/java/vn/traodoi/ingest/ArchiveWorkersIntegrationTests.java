package vn.traodoi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestClock;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/**
 * The workers that read archives, with the test server's own workers stopped so that each step is this test's: a
 * worker that dies mid-batch, several workers at once, a restart mid-way, an entry that kills its worker each time,
 * and pausing, resuming and cancelling.
 */
@IntegrationTest
class ArchiveWorkersIntegrationTests {

    @Autowired
    ArchiveWorkers workers;

    @Autowired
    ArchiveWork work;

    @Autowired
    ArchiveReading reading;

    @Autowired
    ArchiveService archives;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    CurrentUser organizer;

    @BeforeEach
    void stopTheServersWorkers() {
        workers.stop();
        ArchiveArticles.directory(jdbc);
        organizer = users.user(ImportFixtures.organization(jdbc, "Ủy ban nhân dân tỉnh Kon Tum"), Role.ORGANIZER);
        drain();
    }

    @AfterEach
    void startThemAgain() {
        clock.reset();
        workers.start();
    }

    /** Reads whatever other tests left pending, so that what is claimed next is this test's. */
    void drain() {
        while (workers.runOnce("drain") > 0) {
            // until nothing is left
        }
    }

    /** An archive of that many short articles, each its own. */
    long upload(int articles) {
        String mark = Long.toString(System.nanoTime(), 36);
        List<ArchiveEntries.Upload> files = new ArrayList<>();
        ArchiveZips zip = ArchiveZips.zip();
        for (int i = 0; i < articles; i++) {
            zip.text("bai-" + i + ".txt", "Sở Nội vụ tỉnh Kon Tum tổ chức hội nghị số " + i + "\nNgày " + (1 + i % 28)
                    + "/3/2024, Sở Nội vụ tỉnh Kon Tum tổ chức hội nghị tổng kết công tác cải cách hành chính. (" + mark + ")");
        }
        files.add(new ArchiveEntries.Upload("kho-" + mark + ".zip", zip.build()));
        return archives.upload(organizer, files).id();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long pending(long archiveId) {
        return count("SELECT count(*) FROM archive_items WHERE archive_id = ? AND state = 'PENDING'", archiveId);
    }

    String statusOf(long archiveId) {
        return jdbc.sql("SELECT status FROM archive_imports WHERE id = ?").param(archiveId).query(String.class).single();
    }

    /** Each entry of the archive was read exactly once: one audit entry each, one article each. */
    void readOnceEach(long archiveId, int entries) {
        assertThat(count("SELECT count(*) FROM archive_items WHERE archive_id = ? AND state = 'PROPOSED'", archiveId))
                .isEqualTo(entries);
        assertThat(count("""
                SELECT count(*) FROM audit_events WHERE action = 'ARCHIVE_ITEM_READ'
                  AND entity_id IN (SELECT CAST(id AS text) FROM archive_items WHERE archive_id = ?)""", archiveId))
                .as("one reading per entry").isEqualTo(entries);
        assertThat(count("SELECT count(DISTINCT article_import_id) FROM archive_items WHERE archive_id = ?", archiveId))
                .as("one article per entry").isEqualTo(entries);
    }

    @Nested
    class Restarts {

        @Test
        void aWorkerThatDiesMidBatchLeavesItsEntriesToAnotherOnceItsLeaseHasPassed() {
            long id = upload(5);
            List<ArchiveClaims.Claimed> dead = work.claim("dead", 2);
            assertThat(dead).hasSize(2).allSatisfy(c -> assertThat(c.archiveId()).isEqualTo(id));
            // The worker dies here, before it stores anything: another one reads the rest, not its two.
            while (workers.runOnce("alive") > 0) {
                // until nothing is claimable
            }
            assertThat(pending(id)).as("still under the dead worker's lease").isEqualTo(2);
            assertThat(statusOf(id)).isEqualTo("RUNNING");

            clock.freeze();
            clock.advance(work.lease().plusSeconds(1));
            assertThat(workers.runOnce("alive")).as("the lease has passed").isEqualTo(2);
            assertThat(pending(id)).isZero();
            assertThat(statusOf(id)).isEqualTo("DONE");

            // The dead worker, had it only been slow, stores nothing: its entries were read by the other.
            List<ArchiveClaims.Outcome> late = dead.stream().map(reading::read).toList();
            assertThat(work.complete("dead", dead, late)).isZero();
            readOnceEach(id, 5);
        }

        @Test
        void stoppingTheWorkersMidWayAndStartingThemAgainResumesWhereTheyStopped() throws InterruptedException {
            long id = upload(300);
            workers.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (pending(id) > 280) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(10);
            }
            workers.stop();
            long left = pending(id);
            assertThat(left).as("stopped mid-way").isPositive().isLessThan(300);
            assertThat(count("SELECT count(*) FROM archive_items WHERE archive_id = ? AND state = 'PENDING' "
                    + "AND claimed_by IS NOT NULL", id)).as("a stopped worker finishes the batch it holds").isZero();
            workers.start();
            while (!statusOf(id).equals("DONE")) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(20);
            }
            workers.stop();
            readOnceEach(id, 300);
        }

        @Test
        void anEntryThatKillsItsWorkerEachTimeIsGivenUpAfterThreeAttempts() {
            long id = upload(1);
            clock.freeze();
            for (int attempt = 1; attempt <= ArchiveWork.MOST_ATTEMPTS; attempt++) {
                assertThat(work.claim("dies-" + attempt, 5)).hasSize(1);
                clock.advance(work.lease().plusSeconds(1));
            }
            assertThat(work.claim("next", 5)).isEmpty();
            assertThat(jdbc.sql("SELECT state || ' ' || failure FROM archive_items WHERE archive_id = ?").param(id)
                    .query(String.class).single()).isEqualTo("FAILED import.archive.entry.gaveUp");
            assertThat(statusOf(id)).isEqualTo("DONE");
        }
    }

    @Test
    void workersAtOnceNeverReadTheSameEntry() throws Exception {
        long id = upload(120);
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Set<Long>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String worker = "parallel-" + t;
                results.add(pool.submit(() -> {
                    start.await();
                    Set<Long> mine = new HashSet<>();
                    for (List<ArchiveClaims.Claimed> claimed = work.claim(worker, 5); !claimed.isEmpty();
                            claimed = work.claim(worker, 5)) {
                        claimed.forEach(c -> mine.add(c.id()));
                        work.complete(worker, claimed, claimed.stream().map(reading::read).toList());
                    }
                    return mine;
                }));
            }
            start.countDown();
            Set<Long> all = new HashSet<>();
            int sum = 0;
            int busy = 0;
            for (Future<Set<Long>> r : results) {
                Set<Long> mine = r.get();
                sum += mine.size();
                busy += mine.isEmpty() ? 0 : 1;
                all.addAll(mine);
            }
            assertThat(sum).as("no entry claimed by two workers").isEqualTo(all.size()).isEqualTo(120);
            assertThat(busy).as("the work was shared").isGreaterThan(1);
        } finally {
            pool.shutdown();
        }
        readOnceEach(id, 120);
        assertThat(statusOf(id)).isEqualTo("DONE");
    }

    @Nested
    class Controls {

        String control(long id, String action, int expected) throws Exception {
            return mvc.perform(post("/api/v1/archives/{id}/" + action, id).with(user(organizer)).with(csrf()))
                    .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        }

        @Test
        void aPausedArchiveIsNotReadUntilItIsResumed() throws Exception {
            long id = upload(3);
            control(id, "pause", 200);
            assertThat(work.claim("w", 10)).isEmpty();
            control(id, "pause", 409);
            mvc.perform(post("/api/v1/archives/{id}/resume", id).with(user(organizer)).with(csrf()))
                    .andExpect(jsonPath("$.status").value("RUNNING"));
            while (workers.runOnce("w") > 0) {
                // reads the three
            }
            assertThat(statusOf(id)).isEqualTo("DONE");
            control(id, "resume", 409);
            assertThat(count("SELECT count(*) FROM audit_events WHERE entity_type = 'archive_import' AND entity_id = ? "
                    + "AND action IN ('ARCHIVE_PAUSE', 'ARCHIVE_RESUME', 'ARCHIVE_READ')", String.valueOf(id))).isEqualTo(3);
        }

        @Test
        void cancellingLeavesWhatIsNotReadUnreadEvenWhatAWorkerHolds() throws Exception {
            long id = upload(4);
            List<ArchiveClaims.Claimed> held = work.claim("w", 1);
            assertThat(held).hasSize(1);
            control(id, "cancel", 200);
            assertThat(count("SELECT count(*) FROM archive_items WHERE archive_id = ? AND state = 'CANCELLED'", id))
                    .isEqualTo(4);
            assertThat(work.complete("w", held, held.stream().map(reading::read).toList())).isZero();
            assertThat(work.claim("w", 10)).isEmpty();
            assertThat(statusOf(id)).isEqualTo("CANCELLED");
            control(id, "cancel", 409);
            control(id, "resume", 409);
        }
    }

    @Test
    void theProgressSaysHowFastAndHowLong() {
        long id = upload(30);
        workers.runOnce("w");
        ArchiveService.Progress p = archives.progress(organizer, id);
        assertThat(p.read()).isEqualTo(20);
        assertThat(p.waiting()).isEqualTo(10);
        assertThat(p.perSecond()).isPositive();
        assertThat(p.secondsLeft()).isNotNull();
        assertThat(p.percent()).isEqualTo(66);
        assertThat(Duration.ofSeconds(p.secondsLeft())).isLessThan(Duration.ofMinutes(10));
    }
}
