package nl.pendel.dashboard;

import java.util.List;
import nl.pendel.precondition.Comparison;

/**
 * What the team dashboard screen shows: the dashboard (as the exports have it) and, beside it,
 * the team's and the lead's ratings of the preconditions.
 */
public record TeamDashboardPage(TeamDashboard dashboard, List<Comparison.Row> preconditions) {

    public TeamDashboardPage {
        preconditions = List.copyOf(preconditions);
    }
}
