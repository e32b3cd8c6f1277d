/**
 * Collective activity plans: a subgroup designs an activity that answers a common need from the
 * caseloads, section by section from the programme's plan template. Each section is saved on its
 * own with an optimistic version (a conflicting save is never applied blindly), every saved
 * version is kept, comments per section notify the people involved, and the privacy guard checks
 * every section. Members of the subgroup and the course's trainers edit; the lead of the team
 * reads.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Activity plans")
package nl.pendel.plan;
