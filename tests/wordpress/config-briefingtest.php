<?php
/*
 * briefing-widget's test WordPress (scripts/setup copies this file to
 * /etc/wordpress/config-briefingtest.php; Debian's wp-config.php loads it when Apache sets
 * WORDPRESS_CONFIG=briefingtest). tests/e2e/support/wordpress.mjs starts its own MariaDB (a unix
 * socket in a throwaway folder) and its own Apache on a free port of 127.0.0.1, and passes that
 * folder as BRIEFING_WP_RUN; nothing else uses this configuration.
 */
$briefing_run = isset($_SERVER['BRIEFING_WP_RUN']) ? $_SERVER['BRIEFING_WP_RUN'] : getenv('BRIEFING_WP_RUN');
if (!$briefing_run || !preg_match('|^/[A-Za-z0-9/._-]+$|', $briefing_run)) {
    header('HTTP/1.0 500 Internal Server Error');
    exit('BRIEFING_WP_RUN is not set: this WordPress runs only under the tests');
}
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . $briefing_run . '/mysqld.sock');
define('WP_HOME', 'http://' . $_SERVER['HTTP_HOST']);
define('WP_SITEURL', 'http://' . $_SERVER['HTTP_HOST']);
define('WP_CONTENT_DIR', '/usr/share/wordpress/wp-content');
// The test's own must-use plugins (the loopback permission), in the throwaway folder only.
define('WPMU_PLUGIN_DIR', $briefing_run . '/mu-plugins');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// No request leaves the machine: only the test's own hosts are reachable.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', 'localhost,127.0.0.1');
define('AUTH_KEY', 'briefing-test');
define('SECURE_AUTH_KEY', 'briefing-test');
define('LOGGED_IN_KEY', 'briefing-test');
define('NONCE_KEY', 'briefing-test');
define('AUTH_SALT', 'briefing-test');
define('SECURE_AUTH_SALT', 'briefing-test');
define('LOGGED_IN_SALT', 'briefing-test');
define('NONCE_SALT', 'briefing-test');
$table_prefix = 'wp_';
