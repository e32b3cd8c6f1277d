package nl.pendel.course.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.pendel.shared.StorableText;

/** A course's own copy of one meeting of its programme. */
@Entity
@Table(name = "course_meeting")
public class CourseMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;
    private int position;
    private String title;
    private String theme;
    private String preparationTitle;
    private String preparationInstructions;
    private boolean asksCaseloadThemes;

    @ElementCollection
    @CollectionTable(name = "course_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> agenda = new ArrayList<>();

    @Version
    private long version;

    protected CourseMeeting() {}

    public CourseMeeting(long courseId, int position) {
        this.courseId = courseId;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        StorableText.check(title);
        this.title = title;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        StorableText.check(theme);
        this.theme = theme;
    }

    public String getPreparationTitle() {
        return preparationTitle;
    }

    public void setPreparationTitle(String preparationTitle) {
        StorableText.check(preparationTitle);
        this.preparationTitle = preparationTitle;
    }

    public String getPreparationInstructions() {
        return preparationInstructions;
    }

    public void setPreparationInstructions(String preparationInstructions) {
        StorableText.check(preparationInstructions);
        this.preparationInstructions = preparationInstructions;
    }

    public boolean isAsksCaseloadThemes() {
        return asksCaseloadThemes;
    }

    public void setAsksCaseloadThemes(boolean asksCaseloadThemes) {
        this.asksCaseloadThemes = asksCaseloadThemes;
    }

    public List<String> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    /** Replaces the agenda items, in their order. */
    public void setAgenda(List<String> items) {
        StorableText.checkAll(items);
        agenda.clear();
        agenda.addAll(items);
    }

    public long getVersion() {
        return version;
    }
}
