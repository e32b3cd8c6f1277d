/**
 * Preparation assignments and homework. Participants write their homework for a meeting (drafts
 * saved while typing, attachments checked by content, a privacy guard before handing in), hand it
 * in before their own session and may withdraw it until the session starts; every version handed
 * in is kept. Trainers see who handed in, read, give feedback, set deadlines and reminders, and
 * print a session briefing. Caseload themes add up to the common needs board. After the deadline
 * the members of a subgroup read each other's work.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Homework")
package nl.pendel.homework;
