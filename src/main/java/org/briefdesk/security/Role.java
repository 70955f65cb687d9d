package org.briefdesk.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of PRODUCT section 1. They are additive: a user may hold several. The constants in
 * {@link Roles} carry the same names for use in annotations.
 */
public enum Role {
    READER("Reader"),
    AUTHOR("Author"),
    EDITOR("Editor"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    /**
     * This role with the roles it includes: an editor may do everything an author may, an author
     * everything a reader may, and every role may read.
     */
    public Set<Role> withIncluded() {
        return switch (this) {
            case READER -> EnumSet.of(READER);
            case AUTHOR -> EnumSet.of(AUTHOR, READER);
            case EDITOR -> EnumSet.of(EDITOR, AUTHOR, READER);
            case ADMIN -> EnumSet.of(ADMIN, READER);
        };
    }

    /** The roles a user holding {@code assigned} acts with. */
    public static Set<Role> effective(Collection<Role> assigned) {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        assigned.forEach(role -> result.addAll(role.withIncluded()));
        return result;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
