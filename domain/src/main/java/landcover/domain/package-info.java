/**
 * Value types shared by every landcover module: {@link landcover.domain.Year}, model identity
 * ({@link landcover.domain.ModelId}, {@link landcover.domain.Alias}), the land-cover class scheme
 * ({@link landcover.domain.ClassScheme}) and the typed errors that the edges (HTTP, CLI) map to
 * clear messages ({@link landcover.domain.DomainException} and its subtypes). All types are
 * immutable and thread-safe.
 */
package landcover.domain;
