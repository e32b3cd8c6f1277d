package nl.pendel.notification.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseService;
import nl.pendel.notification.MailSettings;
import nl.pendel.schedule.ScheduleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** This node's name in claims and leases. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    @Bean
    OutboxSender outboxSender(
            Outbox outbox,
            JavaMailSender mail,
            PlatformTransactionManager transactions,
            MailSettings settings,
            Clock clock) {
        return new OutboxSender(outbox, mail, new TransactionTemplate(transactions), settings, clock, NODE);
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

    /** The schedule: the sender polls; reminders and digests run on one node at a time. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "pendel.mail.sender-enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private static final Logger log = LoggerFactory.getLogger(Schedule.class);
        private static final Duration JOB_LEASE = Duration.ofMinutes(4);

        private final OutboxSender sender;
        private final ReminderPlanner reminders;
        private final HomeworkNotifier homework;
        private final AssessmentNotifier assessments;
        private final DigestSender digests;
        private final JobLease leases;
        private final Clock clock;

        Schedule(
                OutboxSender sender,
                ReminderPlanner reminders,
                HomeworkNotifier homework,
                AssessmentNotifier assessments,
                DigestSender digests,
                JobLease leases,
                Clock clock) {
            this.sender = sender;
            this.reminders = reminders;
            this.homework = homework;
            this.assessments = assessments;
            this.digests = digests;
            this.leases = leases;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${pendel.mail.poll-interval:10s}", initialDelayString = "PT20S")
        void send() {
            try {
                sender.sendDue();
            } catch (RuntimeException e) {
                log.warn("Outbox run failed; next run retries", e);
            }
        }

        @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT30S")
        void plan() {
            try {
                if (leases.tryAcquire("reminders", NODE, clock.instant(), JOB_LEASE)) {
                    reminders.planDue();
                    homework.planDue();
                    assessments.planDue();
                }
                if (leases.tryAcquire("digests", NODE, clock.instant(), JOB_LEASE)) {
                    digests.sendDue();
                }
            } catch (RuntimeException e) {
                log.warn("Reminder or digest run failed; next run retries", e);
            }
        }
    }
}
