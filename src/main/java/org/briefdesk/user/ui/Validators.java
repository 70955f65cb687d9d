package org.briefdesk.user.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/** Adapts the service's rule checks ("what is wrong, if anything") to Binder validators. */
final class Validators {

    private Validators() {}

    static Validator<String> of(Function<String, Optional<String>> rule) {
        return (value, context) -> rule.apply(value == null ? "" : value)
                .map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }
}
