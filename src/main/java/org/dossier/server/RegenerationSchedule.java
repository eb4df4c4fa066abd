package org.dossier.server;

import java.util.Properties;
import java.util.UUID;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * {@code --schedule CRON}: regenerates what changed at each firing of a Quartz cron expression
 * (seconds first: {@code 0 0 6 * * ?} is every day at 06:00, in the server's time zone). A
 * firing missed while a regeneration still runs is skipped, not queued.
 */
final class RegenerationSchedule implements AutoCloseable {

    private static final String SERVICE = "dossier.service";
    private static final String FEEDS = "dossier.feeds";

    private final Scheduler scheduler;

    private RegenerationSchedule(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Null when the expression is valid, otherwise why not. */
    static String problem(String cron) {
        try {
            CronExpression.validateExpression(cron);
            return null;
        } catch (java.text.ParseException e) {
            return "not a Quartz cron expression: \"" + cron + "\" (" + e.getMessage() + ")";
        }
    }

    /** Regenerates on {@code cron}, after a round over the feeds. */
    static RegenerationSchedule start(BriefService service, FeedRounds feeds, String cron) throws SchedulerException {
        Properties props = new Properties();
        // A unique name: Quartz keeps schedulers by name for the whole JVM.
        props.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "dossier-" + UUID.randomUUID());
        props.setProperty("org.quartz.threadPool.threadCount", "1");
        props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        Scheduler scheduler = new StdSchedulerFactory(props).getScheduler();
        scheduler.getContext().put(SERVICE, service);
        scheduler.getContext().put(FEEDS, feeds);
        scheduler.scheduleJob(
                JobBuilder.newJob(RegenerateJob.class).withIdentity("regenerate").build(),
                TriggerBuilder.newTrigger().withIdentity("schedule")
                        .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                        .build());
        scheduler.start();
        return new RegenerationSchedule(scheduler);
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }

    /** The job Quartz runs at each firing. */
    @DisallowConcurrentExecution
    public static final class RegenerateJob implements Job {

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                FeedRounds feeds = (FeedRounds) context.getScheduler().getContext().get(FEEDS);
                if (feeds.any()) {
                    feeds.poll();
                }
                ((BriefService) context.getScheduler().getContext().get(SERVICE)).regenerate("schedule");
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }
    }
}
