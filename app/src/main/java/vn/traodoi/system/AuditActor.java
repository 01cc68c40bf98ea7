package vn.traodoi.system;

import org.jspecify.annotations.Nullable;

/** Who is acting: the signed-in user behind a page or an API token. Implemented by the account principal. */
public interface AuditActor {

    long userId();

    String username();

    @Nullable Long organizationId();
}
