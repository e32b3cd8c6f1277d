package nl.pendel.subgroup;

import java.util.List;

/**
 * The subgroups of a course and how balanced they are.
 *
 * @param unassigned participants not in any subgroup yet
 * @param balanced sizes differ by at most one and every discipline by at most one
 * @param disciplineSpread per discipline the largest difference between subgroups, added up (0 is
 *     perfect)
 */
public record SubgroupOverview(
        List<SubgroupView> subgroups,
        List<nl.pendel.account.PersonProfile> unassigned,
        boolean balanced,
        int disciplineSpread,
        int organisationSpread) {

    public SubgroupOverview {
        subgroups = List.copyOf(subgroups);
        unassigned = List.copyOf(unassigned);
    }
}
