package landcover.mlops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Smile stays in landcover.mlops.train; serving code (inference) never needs the training library. */
class TrainInferenceArchitectureTest {
    private static final JavaClasses MLOPS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("landcover.mlops");

    @Test
    void smile_isUsedOnlyByTheTrainPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("landcover.mlops.train")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("smile..")
                .check(MLOPS);
    }

    @Test
    void inference_doesNotDependOnTraining() {
        noClasses()
                .that()
                .resideInAPackage("landcover.mlops.inference..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("landcover.mlops.train..")
                .check(MLOPS);
    }
}
