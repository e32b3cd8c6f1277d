package nl.pendel.privacy;

import java.util.List;

/** What the privacy guard found in one text, in order of position, without overlapping findings. */
public record PrivacyScan(List<PrivacyFinding> findings) {

    public PrivacyScan {
        findings = List.copyOf(findings);
    }

    /** True when the text cannot be handed in until something is removed. */
    public boolean blocks() {
        return findings.stream().anyMatch(f -> f.kind().blocks());
    }

    /** True when the writer should check something before handing in. */
    public boolean warns() {
        return findings.stream().anyMatch(f -> !f.kind().blocks());
    }

    public List<PrivacyFinding> blocking() {
        return findings.stream().filter(f -> f.kind().blocks()).toList();
    }

    public List<PrivacyFinding> warnings() {
        return findings.stream().filter(f -> !f.kind().blocks()).toList();
    }
}
