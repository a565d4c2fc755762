<?php
/**
 * Plugin Name: Test environment (platform test only)
 * Description: This machine has no network: WordPress's calls to other hosts
 * (update checks) get an immediate "503 offline" answer instead of failing
 * with a logged warning; there is no mail server; the dashboard's news feed
 * is left out. PHP errors raised with the plugin on the call stack are logged
 * again with a tag, so the test can tell them from WordPress's own.
 * Installed as a must-use plugin by test/platforms/wordpress.test.js only.
 *
 * @package IOP_Fit_Check
 */

add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) {
		$host = wp_parse_url( $url, PHP_URL_HOST );
		if ( '127.0.0.1' === $host || 'localhost' === $host ) {
			return $response;
		}
		return array(
			'headers'  => array( 'content-type' => 'text/plain' ),
			'body'     => '',
			'response' => array(
				'code'    => 503,
				'message' => 'Offline test machine',
			),
			'cookies'  => array(),
			'filename' => null,
		);
	},
	10,
	3
);

add_filter( 'pre_wp_mail', '__return_false' );

// The dashboard's "WordPress Events and News" reads feeds from wordpress.org.
add_action(
	'wp_dashboard_setup',
	static function () {
		remove_meta_box( 'dashboard_primary', 'dashboard', 'side' );
	}
);

// Any PHP error raised with the IOP Fit Check plugin on the call stack is logged
// again with this tag, so the test can tell the plugin's from WordPress's own.
set_error_handler(
	static function ( $level, $message, $file, $line ) {
		if ( ! ( error_reporting() & $level ) ) {
			return false;
		}
		$frames = array_merge( array( array( 'file' => $file ) ), debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) );
		foreach ( $frames as $frame ) {
			if ( isset( $frame['file'] ) && false !== strpos( $frame['file'], '/plugins/iop-fit-check/' ) ) {
				error_log( "IOP Fit Check caused: $message in $file on line $line" );
				break;
			}
		}
		return false;
	}
);
