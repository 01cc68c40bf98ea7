package vn.traodoi.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a weak TRAODOI_ADMIN_PASSWORD or TRAODOI_DEMO_PASSWORD into a clear message instead of a stack trace. */
class ConfiguredPasswordRefusedFailureAnalyzer extends AbstractFailureAnalyzer<ConfiguredPasswordRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfiguredPasswordRefusedException cause) {
        return new FailureAnalysis(
                "Mật khẩu trong biến môi trường " + cause.variable() + " không được chấp nhận: " + cause.reasonVi()
                        + "\nThe password in the environment variable " + cause.variable() + " is refused: "
                        + cause.reasonEn(),
                "Đặt " + cause.variable() + " là một mật khẩu mạnh hơn (ví dụ một câu dài dễ nhớ), hoặc để trống để "
                        + "traodoi tạo mật khẩu và in ra một lần.\nSet " + cause.variable() + " to a stronger password "
                        + "(a long sentence, for example), or leave it empty to have one generated and printed once.",
                cause);
    }
}
