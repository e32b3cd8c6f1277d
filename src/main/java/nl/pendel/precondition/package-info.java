/**
 * The preconditions scan: per course, its participants and the lead of its team rate the five
 * preconditions for preventive and environment-oriented work (room, leadership, infrastructure,
 * knowledge, collaboration) from 1 to 5. The comparison shows the team's average beside the
 * lead's own view; individual participants' answers are never shown to others, and the team's
 * figures only once enough participants answered.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Preconditions")
package nl.pendel.precondition;
