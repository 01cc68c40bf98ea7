package vn.traodoi.delegation;

/** Khảo sát (tìm hiểu) thực tế, buổi làm việc, hội thảo. */
public enum SessionKind {
    FIELD_VISIT, WORKING_SESSION, WORKSHOP
}
