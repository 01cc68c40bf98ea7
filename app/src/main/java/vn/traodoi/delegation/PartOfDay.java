package vn.traodoi.delegation;

/** Sáng, chiều, tối. */
public enum PartOfDay {
    MORNING, AFTERNOON, EVENING
}
