package vn.traodoi.ingest;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's workers for archives: each claims a few pending entries from the database, reads them and stores what
 * they came to, then claims again; with nothing to do it waits a second (or until an upload on this node wakes it).
 * There is no queue in memory: the table is the queue, shared by every node, and an entry claimed by a worker that
 * died (the node killed, restarted) is taken again once its lease has passed. A worker holds one connection at a
 * time, only while it claims or stores (ADR 0005). {@code traodoi.archive.workers=0} runs none on this node.
 */
@Component
class ArchiveWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWorkers.class);
    /** After a database error (the database restarting), a worker waits this long before it claims again. */
    private static final Duration BACK_OFF = Duration.ofSeconds(5);

    private final ArchiveWork work;
    private final ArchiveReading reading;
    private final int count;
    private final int batch;
    private final Duration idle;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    ArchiveWorkers(ArchiveWork work, ArchiveReading reading, @Value("${traodoi.archive.workers:2}") int count,
            @Value("${traodoi.archive.batch:20}") int batch, @Value("${traodoi.archive.idle:PT1S}") Duration idle) {
        if (count < 0 || batch < 1) {
            throw new IllegalArgumentException("archive workers " + count + " and batch " + batch
                    + ": workers must be 0 or more, the batch 1 or more");
        }
        this.work = work;
        this.reading = reading;
        this.count = count;
        this.batch = batch;
        this.idle = idle;
    }

    /**
     * One round of a worker: claims up to a batch, reads each entry, stores the outcomes; returns how many entries it
     * claimed (0: nothing to do).
     */
    int runOnce(String worker) {
        long start = System.nanoTime();
        List<ArchiveClaims.Claimed> claimed = work.claim(worker, batch);
        if (claimed.isEmpty()) {
            return 0;
        }
        long claimedAt = System.nanoTime();
        List<ArchiveClaims.Outcome> outcomes = new ArrayList<>(claimed.size());
        for (ArchiveClaims.Claimed entry : claimed) {
            outcomes.add(reading.read(entry));
        }
        long readAt = System.nanoTime();
        work.complete(worker, claimed, outcomes);
        if (log.isDebugEnabled()) {
            log.debug("{}: {} entries claimed in {} ms, read in {} ms, stored in {} ms", worker, claimed.size(),
                    (claimedAt - start) / 1_000_000, (readAt - claimedAt) / 1_000_000,
                    (System.nanoTime() - readAt) / 1_000_000);
        }
        return claimed.size();
    }

    /** New entries to read: the workers of this node look at once rather than at their next round. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void loop(String worker) {
        while (running) {
            long pause = 0;
            try {
                if (runOnce(worker) == 0) {
                    pause = idle.toMillis();
                }
            } catch (RuntimeException e) {
                log.warn("Archive worker {} could not claim or store entries; trying again in {} s: {}", worker,
                        BACK_OFF.toSeconds(), e.toString());
                pause = BACK_OFF.toMillis();
            }
            if (pause > 0 && running) {
                synchronized (signal) {
                    try {
                        signal.wait(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 1; i <= count; i++) {
            String worker = node + "#" + i;
            Thread t = Thread.ofPlatform().name("archive-worker-" + i).daemon(true).unstarted(() -> loop(worker));
            threads.add(t);
            t.start();
        }
    }

    /** Lets each worker finish the batch it holds (a second or so), then returns; what was not claimed stays pending. */
    @Override
    public synchronized void stop() {
        running = false;
        wake();
        for (Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
