/**
 * The landcover desktop client (JavaFX). It talks to the server over HTTP only and never reads
 * mlops; for now a shell that later issues fill.
 */
module landcover.desktop {
    requires landcover.domain;
    requires landcover.raster;
}
