package vn.traodoi.delegation;

import static vn.traodoi.delegation.DelegationChanges.blankToNull;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationService.PhotoFile;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Upload;
import vn.traodoi.system.Uploads;

/** The photos of a session: added by those who write the stop's sessions, seen by those who see the delegation. */
@Service
class PhotoService {

    private final Delegations delegations;
    private final DelegationAccess access;
    private final DelegationChanges changes;
    private final PhotoStore photos;
    private final Uploads uploads;

    PhotoService(Delegations delegations, DelegationAccess access, DelegationChanges changes, PhotoStore photos,
            Uploads uploads) {
        this.delegations = delegations;
        this.access = access;
        this.changes = changes;
        this.photos = photos;
        this.uploads = uploads;
    }

    /** A photo of a session, accepted by {@link Uploads} (written anew without its metadata), kept outside the web root. */
    @Transactional
    public Delegation addPhoto(CurrentUser user, long id, long sessionId, Upload photo, @Nullable String caption,
            int version) {
        Delegation before = access.get(user, id);
        access.requireSessionWriter(before, sessionId, user);
        Uploads.Checked image = uploads.check(PhotoStore.RULE, photo);
        changes.touch(before, version);
        delegations.addPhoto(sessionId, photos.save(image.bytes()), image.contentType(), image.bytes().length,
                blankToNull(caption), user.userId());
        return changes.audited("DELEGATION_PHOTO_ADDED", before);
    }

    /** The stored file of a photo, if the user may see its delegation. */
    public PhotoFile photo(CurrentUser user, long id, long photoId) {
        Delegations.PhotoFile file = delegations.photo(photoId).filter(p -> p.delegationId() == id)
                .orElseThrow(() -> new NotFoundException("photo", photoId));
        access.get(user, id);
        return new PhotoFile(photos.path(file.storageName()), file.contentType());
    }
}
