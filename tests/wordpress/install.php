<?php
// Installs the test WordPress (config-briefingtest.php) and adds an Author: run by
// tests/e2e/support/wordpress.mjs with BRIEFING_WP_RUN and WP_HOST in the environment.
$_SERVER['HTTP_HOST'] = getenv('WP_HOST');
$_SERVER['WORDPRESS_CONFIG'] = 'briefingtest';
$_SERVER['BRIEFING_WP_RUN'] = getenv('BRIEFING_WP_RUN');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install('Briefing test site', 'admin', 'admin@example.org', false, '', 'admin-password-1');
// Plain permalinks (?p=ID) need no rewrite rules.
update_option('permalink_structure', '');
$author = wp_insert_user(array(
    'user_login' => 'author',
    'user_pass' => 'author-password-1',
    'user_email' => 'author@example.org',
    'role' => 'author',
));
if (is_wp_error($author)) {
    fwrite(STDERR, $author->get_error_message() . "\n");
    exit(1);
}
echo json_encode(array('author' => $author, 'admin' => $installed['user_id'])), "\n";
