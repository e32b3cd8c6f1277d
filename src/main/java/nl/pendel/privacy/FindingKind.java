package nl.pendel.privacy;

/** What kind of personal data the privacy guard found, and whether it stops handing in. */
public enum FindingKind {
    /** Burgerservicenummer: nine digits passing the eleven-proof. */
    BSN(true),
    /** Bank account number with a valid ISO 7064 mod-97 checksum and country length. */
    IBAN(true),
    /** Dutch mobile or landline number, also written with +31 or 0031. */
    PHONE(false),
    /** A personal e-mail address (general addresses such as info@ are left alone). */
    EMAIL(false),
    /** A postcode, with or without a house number, or a street name with a house number. */
    POSTCODE_HOUSE_NUMBER(false),
    /** A date near a word for birth, or a full date with a year at least twelve years back. */
    DATE_OF_BIRTH(false),
    /** A title or family word followed by a capitalised surname ("mevrouw De Vries"). */
    RESIDENT_NAME(false);

    private final boolean blocks;

    FindingKind(boolean blocks) {
        this.blocks = blocks;
    }

    /** True when a text with this finding cannot be handed in; false when the writer is asked to check. */
    public boolean blocks() {
        return blocks;
    }

    public String translationKey() {
        return "privacy.kind." + name();
    }
}
