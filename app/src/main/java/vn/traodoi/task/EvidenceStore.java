package vn.traodoi.task;

import java.nio.file.Path;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.traodoi.system.FileStore;
import vn.traodoi.system.TraodoiProperties;
import vn.traodoi.system.Uploads;
import vn.traodoi.system.Uploads.Type;

/**
 * Evidence files of tasks, kept in {@code <data-dir>/files/evidence} under a random name, once {@link Uploads} has
 * accepted them: PDF, Word or Excel (.docx, .xlsx, .doc, .xls) or a JPEG or PNG image (written anew).
 */
@Component
class EvidenceStore {

    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final Uploads.Rule RULE = new Uploads.Rule("file", MAX_BYTES,
            Set.of(Type.PDF, Type.DOCX, Type.XLSX, Type.DOC, Type.XLS, Type.JPEG, Type.PNG),
            "task.evidence.file.empty", "task.evidence.file.tooLarge", "task.evidence.file.type");

    private final FileStore files;

    /** Where the evidence files are kept: {@code <data-dir>/files/evidence}. */
    static FileStore files(TraodoiProperties properties) {
        return new FileStore(properties, "evidence");
    }

    EvidenceStore(TraodoiProperties properties) {
        this.files = files(properties);
    }

    String save(byte[] bytes) {
        return files.save(bytes);
    }

    Path path(String storageName) {
        return files.path(storageName);
    }
}
