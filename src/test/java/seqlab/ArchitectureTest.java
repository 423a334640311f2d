package seqlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import seqlab.ui.concurrent.BackgroundJob;

/**
 * The core and the command line stay free of the UI; the core's layers depend one way only; inside the UI, the
 * shared packages (common view helpers, concurrency) never reach into a feature or the start-up code; long work
 * is a plain {@link BackgroundJob}, free of JavaFX, that the FX runner puts on a background thread.
 */
@AnalyzeClasses(packages = "seqlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreAndCliDoNotUseTheUi = noClasses()
            .that().resideInAnyPackage("seqlab.data..", "seqlab.eval..", "seqlab.model..", "seqlab.runs..",
                    "seqlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "seqlab.ui..");

    @ArchTest
    static final ArchRule dataDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("seqlab.data..")
            .should().dependOnClassesThat().resideInAnyPackage("seqlab.eval..", "seqlab.model..", "seqlab.cli..");

    @ArchTest
    static final ArchRule evalDoesNotDependOnModelOrCli = noClasses()
            .that().resideInAPackage("seqlab.eval..")
            .should().dependOnClassesThat().resideInAnyPackage("seqlab.model..", "seqlab.cli..");

    @ArchTest
    static final ArchRule coreLayersDoNotDependOnRuns = noClasses()
            .that().resideInAnyPackage("seqlab.data..", "seqlab.eval..", "seqlab.model..")
            .should().dependOnClassesThat().resideInAPackage("seqlab.runs..");

    @ArchTest
    static final ArchRule runsDoesNotDependOnCli = noClasses()
            .that().resideInAPackage("seqlab.runs..")
            .should().dependOnClassesThat().resideInAPackage("seqlab.cli..");

    @ArchTest
    static final ArchRule modelDoesNotDependOnCli = noClasses()
            .that().resideInAPackage("seqlab.model..")
            .should().dependOnClassesThat().resideInAPackage("seqlab.cli..");

    private static final String[] UI_FEATURES = {"seqlab.ui.data..", "seqlab.ui.help..", "seqlab.ui.inside..", "seqlab.ui.lesson..", "seqlab.ui.main..", "seqlab.ui.prediction..",
        "seqlab.ui.recommendations..", "seqlab.ui.runs..", "seqlab.ui.settings..", "seqlab.ui.tableimport..",
        "seqlab.ui.training.."};

    @ArchTest
    static final ArchRule sharedUiPackagesDoNotReachIntoFeatures = noClasses()
            .that().resideInAnyPackage("seqlab.ui.common..", "seqlab.ui.concurrent..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_FEATURES)
            .orShould().dependOnClassesThat().resideInAPackage("seqlab.ui.app..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnStartUp = noClasses()
            .that().resideInAnyPackage(UI_FEATURES)
            .should().dependOnClassesThat().resideInAPackage("seqlab.ui.app..");

    @ArchTest
    static final ArchRule backgroundJobsAreFreeOfJavaFx = noClasses()
            .that().areAssignableTo(BackgroundJob.class)
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule longWorkIsNoJavaFxTask = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..");
}
