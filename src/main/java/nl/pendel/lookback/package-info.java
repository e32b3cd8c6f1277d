/**
 * The look-back per session (terugblik): at the end of a session each participant of its subgroup
 * answers the programme's short look-back questionnaire on their phone (what they take with them,
 * what they still miss, a 1–5 for the session), anonymous unless they sign. The course's trainers
 * read the answers per session, and they come back at the start of the next meeting in the session
 * briefing and beside the attendance list. See docs/decisions/0014-look-back.md.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Look-back")
package nl.pendel.lookback;
