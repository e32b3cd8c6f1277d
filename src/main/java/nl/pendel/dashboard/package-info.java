/**
 * The team-lead dashboard of a course: how many participants filled in each self-assessment
 * moment, the team's average and spread per competence and indicator and how they moved, the
 * balance between the preventive and the environment-oriented side, breakdowns by subgroup and
 * discipline, the development points chosen most often, and attendance and homework beside it.
 * It owns no tables: it asks the other modules' public APIs (the course's ratings in one call to
 * the self-assessment module) and shows only aggregates over people; a breakdown over fewer than
 * three people is hidden. Exported as CSV (Dutch Excel) and PDF.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Team dashboard")
package nl.pendel.dashboard;
