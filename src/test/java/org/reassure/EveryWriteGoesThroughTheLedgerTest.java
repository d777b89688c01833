package org.reassure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reassure.ledger.Ledger;
import org.reassure.shared.DerivedState;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Every state change goes through the ledger. Statically: only repositories run SQL writes, and
 * whoever calls a repository's write method also holds the {@link Ledger}. At run time, for the
 * whole suite, {@link LedgerWriteGuard} fails a transaction that writes without an entry; this
 * test shows that it does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryWriteGoesThroughTheLedgerTest {

	private static final Pattern WRITE_METHOD = Pattern.compile("(add|save|insert|update|delete|remove|revoke|retire|store|put|set|record|mark|close|open).*");
	/** What Spring's ahead-of-time processing (mvn package) leaves in target/classes: bean definitions as code, proxies. */
	private static final Pattern AHEAD_OF_TIME_GENERATED = Pattern.compile(".*/[^/]*(__|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class");
	private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(location -> !location.matches(AHEAD_OF_TIME_GENERATED))
		.importPackages("org.reassure");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Ledger ledger;

	@Test
	void onlyRepositoriesWriteWithJdbc() {
		noClasses().that()
			.areNotAnnotatedWith(Repository.class)
			.and(DescribedPredicate.not(usedOnlyByRepositories()))
			.should()
			.callMethodWhere(jdbcWrite())
			.because("state is written by repositories, which the services call together with the ledger")
			.check(CLASSES);
	}

	@Test
	void whoeverCallsARepositoryWriteRecordsInTheLedger() {
		classes().that()
			.areNotAnnotatedWith(Repository.class)
			.and()
			.resideOutsideOfPackage("org.reassure.ledger..")
			.should(recordInTheLedgerWhenCallingRepositoryWrites())
			.check(CLASSES);
	}

	@Test
	void aTransactionThatWritesWithoutAnEntryFailsToCommit() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
				"INSERT INTO dataset_imports (version, sha256, imported_at, imported_by) VALUES ('bypass', 'x', 0, 'nobody')")))
			.hasStackTraceContaining("appended no ledger entry");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dataset_imports WHERE version = 'bypass'", Integer.class)).isZero();

		assertThatThrownBy(() -> jdbc.update("INSERT INTO dataset_imports (version, sha256, imported_at, imported_by) VALUES ('bypass', 'x', 0, 'nobody')"))
			.hasStackTraceContaining("outside a transaction");

		transactions.executeWithoutResult(status -> {
			jdbc.update("INSERT INTO dataset_imports (version, sha256, imported_at, imported_by) VALUES ('recorded', 'x', 0, 'tester')");
			ledger.record(LedgerEntry.of(new Actor("tester", null), "test.guard.recorded", Map.of("version", "recorded")));
		});
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dataset_imports WHERE version = 'recorded'", Integer.class)).isOne();
	}

	private static DescribedPredicate<JavaClass> usedOnlyByRepositories() {
		return DescribedPredicate.describe("used only by repositories", javaClass -> javaClass.getDirectDependenciesToSelf()
			.stream()
			.map(dependency -> topLevel(dependency.getOriginClass()))
			.allMatch(origin -> origin.equals(javaClass) || origin.isAnnotatedWith(Repository.class)));
	}

	private static JavaClass topLevel(JavaClass javaClass) {
		return javaClass.getEnclosingClass().map(EveryWriteGoesThroughTheLedgerTest::topLevel).orElse(javaClass);
	}

	private static DescribedPredicate<JavaMethodCall> jdbcWrite() {
		return DescribedPredicate.describe("a JDBC write (JdbcClient or JdbcTemplate update / batchUpdate / execute)", call -> {
			String owner = call.getTarget().getOwner().getName();
			String name = call.getTarget().getName();
			boolean client = owner.startsWith(JdbcClient.class.getName()) && name.equals("update");
			boolean template = owner.equals(JdbcTemplate.class.getName()) && (name.equals("update") || name.equals("batchUpdate") || name.equals("execute"));
			return client || template;
		});
	}

	private static ArchCondition<JavaClass> recordInTheLedgerWhenCallingRepositoryWrites() {
		return new ArchCondition<>("hold the Ledger when calling a repository's write method") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				boolean holdsLedger = javaClass.getAllFields().stream().anyMatch(field -> field.getRawType().isAssignableTo(Ledger.class));
				javaClass.getMethodCallsFromSelf()
					.stream()
					.filter(call -> call.getTargetOwner().isAnnotatedWith(Repository.class) && !call.getTargetOwner().isAnnotatedWith(DerivedState.class)
						&& WRITE_METHOD.matcher(call.getName()).matches())
					.filter(call -> !holdsLedger)
					.forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription() + " writes state, but "
							+ javaClass.getSimpleName() + " does not record in the Ledger")));
			}
		};
	}
}
