package org.briefdesk.source;

import org.jspecify.annotations.Nullable;

/**
 * One author of a source as citation tools read names (CSL): a person with a family name, given
 * names and a particle kept with the family name ("van der" in Jan van der Berg), or an
 * organisation (or a name that cannot be split) as a literal.
 */
public record AuthorName(
        String family,
        String given,
        String particle,
        @Nullable String literal) {

    public static AuthorName person(String given, String particle, String family) {
        return new AuthorName(family, given, particle, null);
    }

    public static AuthorName literal(String name) {
        return new AuthorName("", "", "", name);
    }

    public boolean isLiteral() {
        return literal != null;
    }

    /** The family name with its particle: "van der Berg". */
    public String familyWithParticle() {
        return particle.isEmpty() ? family : particle + " " + family;
    }

    /** The name as people write it: "Jan van der Berg", or the organisation's name. */
    public String display() {
        if (literal != null) {
            return literal;
        }
        return given.isEmpty() ? familyWithParticle() : given + " " + familyWithParticle();
    }

    /** The name in the stored form that reads back to this name: "van der Berg, Jan", "{Reuters}". */
    String canonical() {
        if (literal != null) {
            return "{" + literal + "}";
        }
        // A family name alone reads back as one name kept whole.
        return given.isEmpty() ? "{" + familyWithParticle() + "}" : familyWithParticle() + ", " + given;
    }
}
