/** JDBC plumbing shared inside the module (not exported): the metadata database of the registry and the lifecycle. */
package landcover.mlops.jdbc;
