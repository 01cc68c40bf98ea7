package vn.traodoi.system;

/**
 * An event whose consequences the user expects to see on the very next page: the tasks of conclusions just
 * assigned, the delegation REPORTED after its report was approved. Its listeners run after the commit on threads of
 * their own (ADR 12); the request that published it answers once they have run, for at most a few seconds
 * ({@link Consequences}), and a listener that fails is retried later as any other.
 */
public interface AwaitedEvent {
}
