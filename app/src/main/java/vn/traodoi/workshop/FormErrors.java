package vn.traodoi.workshop;

import java.util.Arrays;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.StateConflictException;

/**
 * What a service refused in a form, put on the form's binding result: each problem beside the field when the form has
 * that field ({@code content}), else on the form as a whole ({@code nextMeetingOn} of a form that calls it {@code on}).
 * The workshop page shows the first one above the form and keeps what was typed.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, InvalidInputException e) {
        Class<?> form = errors.getTarget() == null ? Object.class : errors.getTarget().getClass();
        for (InvalidInputException.FieldProblem p : e.problems()) {
            if (form.isRecord() && Arrays.stream(form.getRecordComponents()).anyMatch(c -> c.getName().equals(p.field()))) {
                errors.rejectValue(p.field(), p.messageCode());
            } else {
                errors.reject(p.messageCode());
            }
        }
    }

    static void reject(BindingResult errors, StateConflictException e) {
        errors.reject(e.messageCode());
    }

    /**
     * A form with a value that cannot be read (a letter where a number goes) is left without an object, only its errors:
     * the page shows {@code empty} with those errors.
     */
    static void unreadable(Model model, String name, Object empty, BindingResult errors) {
        if (errors.getTarget() == null) {
            show(model, name, empty).addAllErrors(errors);
        }
    }

    /** Shows {@code form} (what was typed, completed) instead of the one bound, with the problems found in it. */
    static void refuse(Model model, String name, Object form, InvalidInputException e) {
        reject(show(model, name, form), e);
    }

    /** Shows {@code form} (what was typed, completed) instead of the one bound, refused with {@code code}. */
    static void refuse(Model model, String name, Object form, String code) {
        show(model, name, form).reject(code);
    }

    private static BindingResult show(Model model, String name, Object form) {
        BindingResult errors = new BeanPropertyBindingResult(form, name);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        return errors;
    }
}
