package nl.pendel.rights.ui;

import com.vaadin.flow.component.Component;
import java.time.Period;

/** A retention period in words: "12 maanden", "2 jaar", "90 dagen". */
final class Periods {

    private Periods() {}

    static String text(Component source, Period period) {
        Period normal = period.normalized();
        if (normal.getDays() != 0 && normal.toTotalMonths() == 0) {
            return source.getTranslation("rights.period.days", normal.getDays());
        }
        long months = normal.toTotalMonths();
        String text = months % 12 == 0
                ? source.getTranslation("rights.period.years", months / 12)
                : source.getTranslation("rights.period.months", months);
        return normal.getDays() == 0
                ? text
                : text + " " + source.getTranslation("rights.period.and-days", normal.getDays());
    }
}
