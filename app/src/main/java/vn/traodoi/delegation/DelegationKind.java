package vn.traodoi.delegation;

/** Đoàn khảo sát, đoàn nghiên cứu - học tập kinh nghiệm, đoàn trao đổi kinh nghiệm, đoàn làm việc. */
public enum DelegationKind {
    SURVEY, STUDY, EXCHANGE, WORKING
}
