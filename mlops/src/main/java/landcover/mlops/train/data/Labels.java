package landcover.mlops.train.data;

import landcover.domain.ClassScheme;
import landcover.domain.InvalidValueException;
import landcover.mlops.MlopsException;

/** Label text to class codes. */
final class Labels {
    private Labels() {}

    /** The code of a label (a class name or code of the scheme), or null when it is none. */
    static Integer code(ClassScheme scheme, String label) {
        try {
            return scheme.resolve(label).code();
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** Unknown classes are an error: training on a silently shrunken label set misleads. */
    static void failOnUnknown(ClassScheme scheme, LabelReport report) {
        if (!report.unknownClasses().isEmpty()) {
            throw new UnknownClassException(scheme, report);
        }
    }

    /** Labels that are not classes of the scheme; carries the full report. */
    static final class UnknownClassException extends MlopsException {
        private static final long serialVersionUID = 1L;

        UnknownClassException(ClassScheme scheme, LabelReport report) {
            super("unknown classes " + report.unknownClasses() + " (label: occurrences); scheme " + scheme.name()
                    + " has " + scheme.describe());
        }
    }
}
