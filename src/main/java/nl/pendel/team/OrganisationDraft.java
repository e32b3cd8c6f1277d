package nl.pendel.team;

import jakarta.validation.constraints.Size;
import nl.pendel.shared.Filled;
import nl.pendel.shared.OneLine;

/** What the organisation form edits. {@code id} is null for a new organisation. */
public class OrganisationDraft {

    public static final int NAME_MAX = 120;

    private Long id;
    private long version;

    @Filled(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.max-length}")
    @OneLine
    private String name = "";

    private boolean active = true;

    public static OrganisationDraft of(OrganisationSummary organisation) {
        OrganisationDraft draft = new OrganisationDraft();
        draft.id = organisation.id();
        draft.version = organisation.version();
        draft.name = organisation.name();
        draft.active = organisation.active();
        return draft;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
