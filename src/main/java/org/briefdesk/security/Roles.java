package org.briefdesk.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code hasRole(...)}. */
public final class Roles {

    public static final String READER = "READER";
    public static final String AUTHOR = "AUTHOR";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
