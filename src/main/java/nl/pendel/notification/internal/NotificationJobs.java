package nl.pendel.notification.internal;

import java.time.Clock;
import java.time.Duration;
import nl.pendel.account.PersonService;
import nl.pendel.cluster.ClusterJobs;
import nl.pendel.cluster.ClusterNode;
import nl.pendel.cluster.ConflictRetry;
import nl.pendel.course.CourseService;
import nl.pendel.notification.MailSettings;
import nl.pendel.schedule.ScheduleService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification module's parts that run in the background, and their schedule on this node.
 * {@code pendel.mail.sender-enabled=false} keeps a node from sending (tests drive the parts).
 */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

    @Bean
    OutboxSender outboxSender(
            Outbox outbox,
            JavaMailSender mail,
            PlatformTransactionManager transactions,
            MailSettings settings,
            Clock clock,
            ClusterNode node) {
        return new OutboxSender(outbox, mail, new TransactionTemplate(transactions), settings, clock, node.name());
    }

    @Bean
    ReminderPlanner reminderPlanner(
            ScheduleService schedule,
            CourseService courses,
            SessionNotices notices,
            NotificationDispatcher dispatcher,
            MailSettings settings,
            Clock clock) {
        return new ReminderPlanner(schedule, courses, notices, dispatcher, settings, clock);
    }

    @Bean
    AssessmentNotifier assessmentNotifier(
            nl.pendel.assessment.SelfAssessmentService assessments,
            PersonService people,
            MailComposer composer,
            NotificationDispatcher dispatcher,
            nl.pendel.shared.Translations translations,
            Clock clock) {
        return new AssessmentNotifier(assessments, people, composer, dispatcher, translations, clock);
    }

    @Bean
    DigestSender digestSender(
            JdbcClient jdbc,
            PersonService people,
            MailComposer composer,
            NotificationDispatcher dispatcher,
            MailSettings settings,
            Clock clock) {
        return new DigestSender(jdbc, people, composer, dispatcher, settings, clock);
    }

    /**
     * The schedule on this node. Every job runs under its cluster-wide lock, so of several nodes
     * one runs it at a time; the reminder and digest jobs keep their lock for half their interval,
     * so they run once per interval however many nodes there are. Each mail is still claimed on
     * its own, so two senders never send the same mail even without the lock.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "pendel.mail.sender-enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final OutboxSender sender;
        private final ReminderPlanner reminders;
        private final HomeworkNotifier homework;
        private final AssessmentNotifier assessments;
        private final DigestSender digests;
        private final ClusterJobs jobs;
        private final Duration planInterval;

        Schedule(
                OutboxSender sender,
                ReminderPlanner reminders,
                HomeworkNotifier homework,
                AssessmentNotifier assessments,
                DigestSender digests,
                ClusterJobs jobs,
                @Value("${pendel.mail.reminder-interval:5m}") Duration planInterval) {
            this.sender = sender;
            this.reminders = reminders;
            this.homework = homework;
            this.assessments = assessments;
            this.digests = digests;
            this.jobs = jobs;
            this.planInterval = planInterval;
        }

        @Scheduled(
                fixedDelayString = "${pendel.mail.poll-interval:10s}",
                initialDelayString = "${pendel.mail.first-run-after:20s}")
        void send() {
            // a short lock: sending stays safe without it (every mail is claimed on its own), so a
            // node that dies while sending holds up the others for a minute at most
            jobs.runOnce("outbox", Duration.ofMinutes(1), sender::sendDue);
        }

        @Scheduled(
                fixedDelayString = "${pendel.mail.reminder-interval:5m}",
                initialDelayString = "${pendel.mail.first-run-after:30s}")
        void plan() {
            Duration atMost = planInterval.multipliedBy(4).plusMinutes(1);
            Duration atLeast = planInterval.dividedBy(2);
            jobs.runOnce("reminders", atMost, atLeast, () -> {
                ConflictRetry.call("session reminders", reminders::planDue);
                ConflictRetry.call("homework reminders", homework::planDue);
                ConflictRetry.call("assessment reminders", assessments::planDue);
            });
            jobs.runOnce("digests", atMost, atLeast, () -> ConflictRetry.call("digests", digests::sendDue));
        }
    }
}
