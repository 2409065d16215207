/** JDBC plumbing shared inside the module (not exported): pooled data sources per driver. */
package landcover.mlops.jdbc;
