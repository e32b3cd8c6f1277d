/**
 * Self-assessment on the four competences of preventive and environment-oriented work: moments
 * per course (start, end, follow-up), each participant's ratings per indicator with what they
 * master, their development points and goals, and their growth over the moments. Self-assessments
 * are the professional's personal data: only they see their own.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment")
package nl.pendel.assessment;
