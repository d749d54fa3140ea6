package org.idic.crm;

import org.idic.crm.app.command.Commands;
import org.idic.crm.app.startup.StartupSteps;
import org.idic.crm.app.startup.TrainingRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The CRM: the web application, or one of the commands ({@code segment}, {@code generate}, ...). */
@SpringBootApplication
public class CrmApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(CrmApplication.class);
        StartupSteps.attachIfAsked(application);
        if (TrainingRun.asked()) {
            System.exit(TrainingRun.run(application, args));
        }
        application.run(args);
    }
}
