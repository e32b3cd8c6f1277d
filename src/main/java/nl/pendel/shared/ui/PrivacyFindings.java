package nl.pendel.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Collectors;
import nl.pendel.privacy.PrivacyNotice;

/**
 * What the privacy guard found in a text, shown beside it: one sentence on what to do, each finding
 * with the words around it and the suspect part marked, and why (the AVG). Empty when nothing was
 * found. Used wherever people write about their caseload (homework, plans).
 */
public class PrivacyFindings extends Div {

    public PrivacyFindings() {
        addClassName("privacy-findings");
    }

    /** Shows these findings; an alert when they block what the person just tried. */
    public void show(List<PrivacyNotice> findings, boolean blockedNow) {
        removeAll();
        setClassName("privacy-findings");
        if (findings.isEmpty()) {
            return;
        }
        boolean blocks = findings.stream().anyMatch(PrivacyNotice::blocks);
        Paragraph intro =
                new Paragraph(getTranslation(blocks ? "privacy.blocked" : "privacy.warning", kinds(this, findings)));
        Paragraph why = new Paragraph(getTranslation("privacy.why"));
        why.addClassName("muted");
        add(intro, list(findings), why);
        addClassNames("callout", blocks ? "callout-error" : "callout-warning");
        getElement().setAttribute("role", blockedNow ? "alert" : "status");
    }

    /** The findings as lines: kind, where, and the text around it with the finding marked. */
    public Div list(List<PrivacyNotice> findings) {
        Div list = new Div();
        list.addClassName("finding-list");
        for (PrivacyNotice notice : findings) {
            Div line = new Div();
            line.addClassName("finding");
            Span kind = new Span(getTranslation(notice.finding().kind().translationKey()));
            kind.addClassNames("badge", notice.blocks() ? "badge-warning" : "badge-muted");
            line.add(kind);
            if (notice.where() != null) {
                line.add(new Span(getTranslation("homework.privacy.in", notice.where())));
            }
            Span context = new Span();
            context.addClassName("finding-context");
            Element mark = new Element("mark");
            mark.setText(notice.finding().excerpt());
            context.getElement()
                    .appendChild(Element.createText(notice.before()), mark, Element.createText(notice.after()));
            line.add(context);
            list.add(line);
        }
        return list;
    }

    /** The kinds found, e.g. "telefoonnummer, adres". */
    public static String kinds(com.vaadin.flow.component.Component source, List<PrivacyNotice> findings) {
        return findings.stream()
                .map(n -> source.getTranslation(n.finding().kind().translationKey()))
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
