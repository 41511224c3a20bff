package io.nexuszero.monitor;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rule (docs/ARCHITECTURE.md, "Inside monitor-service"): features ({@code probe}, {@code checks}, {@code status},
 * {@code incident}, {@code metrics}) sit on {@code db} and {@code api}, the web layer ({@code resources},
 * {@code views}, {@code health}) on the features, and only the application wires them; no package imports back up.
 */
class PackageDependencyTest {

    private static final String MONITOR = "io.nexuszero.monitor";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(MONITOR);

    @Test
    void packagesFormNoCycles() {
        slices().matching(MONITOR + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage(MONITOR + "..")
                .layer("Application").definedBy(MONITOR)
                .layer("Web").definedBy("..monitor.resources..", "..monitor.views..", "..monitor.health..")
                .layer("Features").definedBy("..monitor.probe..", "..monitor.checks..", "..monitor.status..",
                        "..monitor.incident..", "..monitor.metrics..")
                .layer("Storage").definedBy("..monitor.db..")
                .layer("Representations").definedBy("..monitor.api..")
                .whereLayer("Application").mayNotBeAccessedByAnyLayer()
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Web", "Application")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Features", "Web", "Application")
                .whereLayer("Representations").mayOnlyBeAccessedByLayers("Features", "Web", "Application")
                .check(CLASSES);
    }

    @Test
    void apiRepresentationsDependOnNothingInTheService() {
        noClasses().that().resideInAPackage("..monitor.api..")
                .should().dependOnClassesThat(resideInAPackage(MONITOR + "..").and(not(resideInAPackage("..monitor.api.."))))
                .check(CLASSES);
    }

    @Test
    void storageDependsOnNothingInTheService() {
        noClasses().that().resideInAPackage("..monitor.db..")
                .should().dependOnClassesThat(resideInAPackage(MONITOR + "..").and(not(resideInAPackage("..monitor.db.."))))
                .check(CLASSES);
    }
}
