package landcover.raster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Package rules inside the raster module, bottom to top: grid (CRS, grids, AOI masks, warps) ←
 * s2 (Sentinel-2 processing) ← features (stacks) ← folder (files). Pixel processing never touches
 * files; proj4j stays in grid.
 */
class RasterPackageRulesTest {
    private static final JavaClasses RASTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("landcover.raster");

    @Test
    void grid_dependsOnNoProcessingOrFilePackage() {
        noClasses()
                .that()
                .resideInAPackage("landcover.raster.grid..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "landcover.raster.s2..",
                        "landcover.raster.features..",
                        "landcover.raster.folder..",
                        "landcover.raster.tiff..")
                .check(RASTER);
    }

    @Test
    void s2AndFeatures_doNoFileIo_andStayBelowFolders() {
        noClasses()
                .that()
                .resideInAPackage("landcover.raster.s2..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("landcover.raster.features..", "landcover.raster.folder..")
                .check(RASTER);
        noClasses()
                .that()
                .resideInAnyPackage("landcover.raster.s2..", "landcover.raster.features..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "landcover.raster.folder..", "landcover.raster.tiff..", "java.nio.file..", "java.io..")
                .check(RASTER);
    }

    @Test
    void proj4j_isUsedInGridOnly() {
        noClasses()
                .that()
                .resideOutsideOfPackage("landcover.raster.grid..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.locationtech.proj4j..")
                .check(RASTER);
    }
}
