package vn.traodoi.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a clear message instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "Thư mục dữ liệu " + cause.directory() + " đang được một phiên bản traodoi khác sử dụng; "
                        + "dữ liệu không bị thay đổi.\n"
                        + "The data directory " + cause.directory() + " is in use by another traodoi process; "
                        + "its data was not touched.",
                "Dừng phiên bản đang chạy, hoặc chạy với thư mục khác: TRAODOI_DATA_DIR=/đường/dẫn/khác.\n"
                        + "Stop the running instance, or start with another directory: TRAODOI_DATA_DIR=/other/path.",
                cause);
    }
}
