package nl.pendel.shared;

import nl.pendel.privacy.FindingKind;
import nl.pendel.privacy.PrivacyFinding;

/**
 * A text was not stored because it holds a resident's citizen service number or IBAN. The message
 * names the kind and the identifier as typed, so the writer finds it; neither is in
 * {@link #getMessage()}, so a log line never holds it.
 */
public class IdentifierRefused extends UserFacingException {

    private final FindingKind kind;

    IdentifierRefused(PrivacyFinding finding) {
        super("privacy.refused", finding.kind().name(), finding.excerpt());
        this.kind = finding.kind();
    }

    /** {@link FindingKind#BSN} or {@link FindingKind#IBAN}. */
    public FindingKind kind() {
        return kind;
    }
}
