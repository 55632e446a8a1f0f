<?php
/*
 * Plugin Name: Test only: let WordPress fetch from this machine
 * Description: briefing-widget's tests serve the published site on 127.0.0.1 at a free port.
 * WordPress refuses to fetch (and so to discover oEmbed) from loopback addresses and from ports
 * other than 80, 443 and 8080; a real site on a public host needs neither filter.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
    return $external || in_array($host, array('127.0.0.1', 'localhost'), true);
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
    $port = wp_parse_url($url, PHP_URL_PORT);
    if ($port && in_array($host, array('127.0.0.1', 'localhost'), true)) {
        $ports[] = (int) $port;
    }
    return $ports;
}, 10, 3);
