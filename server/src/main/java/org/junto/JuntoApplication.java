package org.junto;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring application. The jar's entry point is {@code org.junto.cli.JuntoCli}, which serves by default and
 * also carries the operator commands; this {@code main} serves directly (IDE runs, {@code spring-boot:run}).
 */
@SpringBootApplication
@EnableScheduling
public class JuntoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JuntoApplication.class, args);
    }
}
