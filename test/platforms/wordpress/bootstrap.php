<?php
/**
 * Loads the test site's WordPress in the PHP CLI, as a request from 127.0.0.1
 * would. WP_TEST_ROOT is the site's folder, WP_TEST_URL its address. Each
 * helper prints its result as one JSON line, last; PHP's own warnings go to
 * the site's debug log, which the test reads.
 *
 * @package IOP_Fit_Check
 */

$iop_test_url               = parse_url( getenv( 'WP_TEST_URL' ) );
$_SERVER['HTTP_HOST']       = $iop_test_url['host'] . ':' . $iop_test_url['port'];
$_SERVER['SERVER_NAME']     = $iop_test_url['host'];
$_SERVER['SERVER_PORT']     = (string) $iop_test_url['port'];
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';

require getenv( 'WP_TEST_ROOT' ) . '/wp-load.php';

/**
 * Prints the helper's result for the test to read.
 *
 * @param mixed $result Anything JSON can hold.
 */
function iop_test_result( $result ) {
	echo "\n" . wp_json_encode( $result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n";
}

/**
 * Stops with a message the test shows.
 *
 * @param string $message What went wrong.
 */
function iop_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}
