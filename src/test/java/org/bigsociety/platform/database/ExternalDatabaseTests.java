package org.bigsociety.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.bigsociety.BigSocietyApplication;
import org.bigsociety.platform.Mail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SPRING_DATASOURCE_URL} set, the platform uses that server: it starts no PostgreSQL of its own, migrates
 * every module's schema there, loads no demo data, and sends mail over real SMTP (GreenMail here).
 */
class ExternalDatabaseTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static EmbeddedPostgres operatorsServer;
	static ConfigurableApplicationContext app;

	@BeforeAll
	static void startAgainstAnExternalServer() throws Exception {
		Path dir = Files.createTempDirectory("operators-postgres");
		operatorsServer = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
		app = new SpringApplicationBuilder(BigSocietyApplication.class).run(
				"--spring.datasource.url=" + operatorsServer.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--server.port=0",
				"--spring.mail.host=localhost", "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
				"--bigsociety.security.bcrypt-strength=4", "--spring.datasource.hikari.connection-timeout=2000");
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (operatorsServer != null) {
			operatorsServer.close();
		}
	}

	@Test
	void migratesEveryModuleSchemaOnTheOperatorsServer() {
		JdbcClient jdbc = JdbcClient.create(operatorsServer.getPostgresDatabase());
		var schemas = jdbc.sql("SELECT schema_name FROM information_schema.schemata").query(String.class).list();
		assertThat(schemas).containsAll(ModuleMigrations.modules()).contains("platform");
		assertThat(app.getEnvironment().getProperty("bigsociety.embedded.active")).isNull();
	}

	@Test
	void loadsNoDemoDataUnlessAsked() {
		JdbcClient jdbc = JdbcClient.create(operatorsServer.getPostgresDatabase());
		assertThat(jdbc.sql("SELECT count(*) FROM platform.demo_content").query(Long.class).single()).isZero();
		assertThat(app.getEnvironment().getProperty("bigsociety.demo.enabled", Boolean.class, false)).isFalse();
	}

	@Test
	void sendsMailOverSmtp() throws Exception {
		app.getBean(Mail.class).send(new Mail.Message("resident@example.org", "Your petition", "It has 100 signatures."));
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Your petition");
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("resident@example.org");
	}
}
