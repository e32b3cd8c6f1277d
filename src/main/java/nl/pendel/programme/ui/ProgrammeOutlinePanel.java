package nl.pendel.programme.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.pendel.programme.ProgrammeOutline;

/**
 * One programme version in full: goals, session pattern, meetings, competences, plan sections and
 * caseload themes.
 */
class ProgrammeOutlinePanel extends Div {

    ProgrammeOutlinePanel(ProgrammeOutline outline) {
        addClassName("card");
        add(new H2(outline.version().title() + " · v" + outline.version().versionNo()));
        if (!outline.summary().isEmpty()) {
            add(new Paragraph(outline.summary()));
        }
        if (!outline.goals().isEmpty()) {
            add(new H3(getTranslation("programme.goals")));
            UnorderedList goals = new UnorderedList();
            outline.goals().forEach(g -> goals.add(new ListItem(g)));
            add(goals);
        }
        add(new H3(getTranslation("programme.session-pattern")));
        UnorderedList slots = new UnorderedList();
        outline.sessionPattern()
                .forEach(s -> slots.add(
                        new ListItem(getTranslation("programme.slot", s.subgroup(), s.day(), s.start(), s.end()))));
        add(slots);
        add(new H3(getTranslation("programme.meetings")));
        outline.meetings().forEach(meeting -> add(meeting(meeting)));
        addFramework(outline.framework());
        addPlanTemplate(outline.planTemplate());
        if (outline.caseloadThemes() != null) {
            addCaseloadThemes(outline.caseloadThemes());
        }
    }

    private Details meeting(ProgrammeOutline.Meeting meeting) {
        Div body = new Div();
        if (!meeting.theme().isEmpty()) {
            body.add(new Paragraph(meeting.theme()));
        }
        body.add(new H4(getTranslation("programme.preparation") + ": " + meeting.preparationTitle()));
        Div instructions = new Div(meeting.preparationInstructions());
        instructions.addClassName("preformatted");
        body.add(instructions);
        if (meeting.asksCaseloadThemes()) {
            body.add(new Paragraph(getTranslation("programme.asks-caseload-themes")));
        }
        body.add(new H4(getTranslation("programme.agenda")));
        OrderedList agenda = new OrderedList();
        meeting.agenda().forEach(item -> agenda.add(new ListItem(item)));
        body.add(agenda);
        return new Details(getTranslation("programme.meeting", meeting.position()) + ": " + meeting.title(), body);
    }

    private void addFramework(ProgrammeOutline.Framework framework) {
        add(new H3(getTranslation("programme.framework") + ": " + framework.title() + " (v" + framework.versionNo()
                + ")"));
        OrderedList scale = new OrderedList();
        framework.scale().forEach(level -> scale.add(new ListItem(level.value() + " – " + level.label())));
        add(new Details(getTranslation("programme.scale"), scale));
        for (ProgrammeOutline.Competence competence : framework.competences()) {
            UnorderedList indicators = new UnorderedList();
            competence.indicators().forEach(i -> indicators.add(new ListItem(i.code() + " " + i.text())));
            Div body = new Div(new Paragraph(competence.title()), indicators);
            add(new Details(
                    competence.code() + ". " + competence.shortTitle() + " · "
                            + getTranslation(
                                    "orientation." + competence.orientation().name()),
                    body));
        }
    }

    private void addPlanTemplate(ProgrammeOutline.PlanTemplate template) {
        add(new H3(getTranslation("programme.plan-template") + ": " + template.title()));
        OrderedList sections = new OrderedList();
        template.sections().forEach(s -> sections.add(new ListItem(s.title() + (s.required() ? " *" : ""))));
        add(sections);
    }

    private void addCaseloadThemes(ProgrammeOutline.CaseloadThemeList themeList) {
        add(new H3(getTranslation("programme.caseload-themes") + ": " + themeList.title() + " (v"
                + themeList.versionNo() + ")"));
        UnorderedList themes = new UnorderedList();
        themeList
                .themes()
                .forEach(t -> themes.add(
                        new ListItem(t.description().isEmpty() ? t.label() : t.label() + " – " + t.description())));
        add(themes);
    }
}
