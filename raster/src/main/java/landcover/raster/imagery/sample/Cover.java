package landcover.raster.imagery.sample;

/**
 * What is on the ground in the synthetic world, finer than the land-cover classes: each cover has
 * its own spectral mixture and phenology, and maps to one class code of the default 9-class scheme
 * (see {@link landcover.domain.ClassScheme#DEFAULT}).
 */
enum Cover {
    URBAN(1),
    ROAD(1),
    HOUSE(1),
    /** A new development in the year it is built: bare ground and fresh concrete. */
    CONSTRUCTION(1),
    GRASSLAND(2),
    /** Arable land resting this year: cropland by the usual definition (e.g. ESA WorldCover's). */
    FALLOW(6),
    /** Grass and resprouts on last year's burnt scar. */
    REGROWTH(2),
    SHRUB(3),
    RIVER(4),
    RESERVOIR(4),
    WETLAND(5),
    CEREAL(6),
    ORCHARD(6),
    VEGETABLE(6),
    PINE(7),
    WOODLAND(8),
    RIPARIAN(8),
    ROCK(9),
    QUARRY(9),
    /** Charred ground after the fire (the change year). */
    BURNT(9),
    /** Lake bed exposed by a low reservoir level. */
    LAKEBED(9);

    private static final Cover[] VALUES = values();

    private final int classCode;

    Cover(int classCode) {
        this.classCode = classCode;
    }

    /** The class code in the default scheme. */
    int classCode() {
        return classCode;
    }

    /** The cover with this ordinal (covers are stored as bytes). */
    static Cover of(int ordinal) {
        return VALUES[ordinal];
    }

    /** Natural vegetation the fire can burn. */
    boolean isBurnable() {
        return this == PINE || this == WOODLAND || this == SHRUB || this == GRASSLAND;
    }
}
