package nl.pendel.team;

import jakarta.validation.constraints.Size;
import nl.pendel.shared.Filled;
import nl.pendel.shared.OneLine;

/** What the team form edits. {@code id} is null for a new team. */
public class TeamDraft {

    public static final int NAME_MAX = 120;
    public static final int DISTRICT_MAX = 120;

    private Long id;
    private long version;

    @Filled(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.max-length}")
    @OneLine
    private String name = "";

    @Filled(message = "{validation.required}")
    @Size(max = DISTRICT_MAX, message = "{validation.max-length}")
    @OneLine
    private String district = "";

    private boolean active = true;

    public static TeamDraft of(TeamSummary team) {
        TeamDraft draft = new TeamDraft();
        draft.id = team.id();
        draft.version = team.version();
        draft.name = team.name();
        draft.district = team.district();
        draft.active = team.active();
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

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
