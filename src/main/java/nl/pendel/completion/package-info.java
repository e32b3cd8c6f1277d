/**
 * Completion and certificates: per participant of a course whether they completed it (meetings
 * attended, homework judged "voldaan", the start and end self-assessments, their subgroup's plan),
 * each read through the owning module's service; certificates of participation issued by the
 * course's trainers in one go for everyone who completed, each with a unique register number, and
 * each participant's own certificate as a PDF. See docs/decisions/0017-completion-and-certificates.md.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Completion")
package nl.pendel.completion;
