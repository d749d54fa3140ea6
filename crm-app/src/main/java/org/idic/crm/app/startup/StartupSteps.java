package org.idic.crm.app.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * {@code -Dcrm.startup-steps=N} prints the N start-up steps that took longest by themselves (Spring's own
 * timeline: bean instantiations, configuration parsing, context refresh), for finding where start-up time
 * goes. Off by default: recording every step costs a little.
 */
public final class StartupSteps {

    private StartupSteps() {
    }

    public static void attachIfAsked(SpringApplication application) {
        Integer count = Integer.getInteger("crm.startup-steps");
        if (count == null) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
        application.setApplicationStartup(startup);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready ->
                System.err.print(report(startup.getBufferedTimeline(), count)));
    }

    static String report(StartupTimeline timeline, int count) {
        Map<Long, Duration> children = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        record Step(Duration self, Duration total, String name) {
        }
        List<Step> steps = new ArrayList<>();
        for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
            StartupStep step = event.getStartupStep();
            String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(" "));
            steps.add(new Step(event.getDuration().minus(children.getOrDefault(step.getId(), Duration.ZERO)),
                    event.getDuration(), step.getName() + " " + tags));
        }
        StringBuilder out = new StringBuilder("Start-up steps that took longest by themselves (self / total ms):\n");
        steps.stream().sorted(Comparator.comparing(Step::self).reversed()).limit(count).forEach(s -> out.append(
                String.format("%7d %7d  %s%n", s.self().toMillis(), s.total().toMillis(), s.name())));
        return out.toString();
    }
}
