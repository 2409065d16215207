/**
 * The model registry: numbered, immutable model versions per model line and year with full lineage
 * ({@link landcover.mlops.registry.Lineage}), content-addressed artifacts ({@link
 * landcover.mlops.registry.ArtifactStore}: files or S3), aliases such as {@code production} and
 * {@code shadow} with an append-only promotion history, garbage collection of interrupted
 * registrations, and export/import of self-contained bundles. Start at {@link
 * landcover.mlops.registry.ModelRegistries#open(landcover.mlops.registry.RegistrySettings)}; the
 * API is {@link landcover.mlops.registry.ModelRegistry}. Metadata lives in H2 (embedded) or
 * PostgreSQL (cluster), migrated by Flyway.
 */
package landcover.mlops.registry;
