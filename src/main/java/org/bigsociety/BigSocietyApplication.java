package org.bigsociety;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Big Society platform: one application, one top-level package per module.
 */
@Modulithic(systemName = "Big Society platform", sharedModules = "platform")
@SpringBootApplication
@EnableScheduling
public class BigSocietyApplication {

	public static void main(String[] args) {
		SpringApplication.run(BigSocietyApplication.class, args);
	}
}
