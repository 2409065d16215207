/** The mlops module's error type ({@link landcover.mlops.MlopsException}); the work lives in sub-packages. */
package landcover.mlops;
