package vn.traodoi.system;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An administrator asked, on the first run's home page, for the demo data: the modules that have demo records load
 * them (each once: loading again changes nothing), in the publisher's transaction, in their listeners' order. The
 * module that creates the demo users says here which it created and with what password, to be shown once.
 */
public final class DemoDataRequested {

    private final List<String> createdUsers = new ArrayList<>();
    private @Nullable String password;

    /** The demo users just created, and their password (generated, or the configured one). */
    public void usersCreated(List<String> usernames, String password) {
        createdUsers.addAll(usernames);
        this.password = password;
    }

    public List<String> createdUsers() {
        return List.copyOf(createdUsers);
    }

    public @Nullable String password() {
        return password;
    }
}
