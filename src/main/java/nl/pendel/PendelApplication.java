package nl.pendel;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.aura.Aura;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pendel: a course portal for interdisciplinary neighbourhood teams. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/pendel.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Push
public class PendelApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PendelApplication.class, args);
    }
}
