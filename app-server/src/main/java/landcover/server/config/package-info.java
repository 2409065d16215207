/**
 * Server settings: {@link landcover.server.config.SettingsLoader} turns command-line flags, an
 * optional YAML file and the environment into validated {@link
 * landcover.server.config.ServerSettings}; a bad value stops start-up with a {@link
 * landcover.server.config.SettingsException} naming the key and where it came from. Helidon
 * {@code Config} is read here and nowhere else.
 */
package landcover.server.config;
