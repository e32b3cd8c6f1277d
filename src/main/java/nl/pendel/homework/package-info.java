/**
 * Preparation assignments and homework. Participants write their homework for a meeting (drafts
 * saved while typing, attachments checked by content, a privacy guard before handing in), hand it
 * in before their own session and may withdraw it until the session starts; every version handed
 * in is kept. Trainers see who handed in, read, give feedback, set deadlines and reminders, and
 * print a session briefing. Caseload themes add up to the common needs board. After the deadline
 * the members of a subgroup read each other's work.
 *
 * <p>One service per audience: {@link nl.pendel.homework.HomeworkService} (a participant writing
 * and handing in), {@link nl.pendel.homework.MyHomeworkService} (what a participant reads of their
 * own), {@link nl.pendel.homework.HomeworkReviewService} (the trainers reviewing and replying),
 * {@link nl.pendel.homework.AssignmentSettingsService} (deadline and reminder), {@link
 * nl.pendel.homework.HomeworkBriefingService} (the session briefing), {@link
 * nl.pendel.homework.NeedsBoardService} (the common needs board), {@link
 * nl.pendel.homework.HomeworkFiguresService} (figures for the team lead and the dashboard), {@link
 * nl.pendel.homework.HomeworkReminderService} (what the notification module tells) and {@link
 * nl.pendel.homework.HomeworkTabService} (the course's homework tab, read at once). The tables are
 * written and read in {@code internal/}: {@code HomeworkStore}, {@code HomeworkFileStore} and
 * {@code AssignmentSettingStore} for writes and small reads, {@code HomeworkReads} for what the
 * screens show.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Homework")
package nl.pendel.homework;
