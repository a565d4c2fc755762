<?php
/**
 * Installs WordPress (wp_install, as the web installer does) and one user per
 * role, each with an application password for the REST API.
 * WP_TEST_USERS: JSON list of {login, role, password}, the Administrator first.
 *
 * @package IOP_Fit_Check
 */

define( 'WP_INSTALLING', true );
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$users = json_decode( getenv( 'WP_TEST_USERS' ), true );
$admin = $users[0];
$site  = wp_install( 'IOP Fit Check test site', $admin['login'], $admin['login'] . '@example.test', false, '', wp_slash( $admin['password'] ) );
if ( empty( $site['user_id'] ) ) {
	iop_test_fail( 'wp_install did not create the Administrator' );
}

$made = array();
foreach ( $users as $user ) {
	$id = 'administrator' === $user['role'] ? (int) $site['user_id'] : wp_insert_user(
		array(
			'user_login'   => $user['login'],
			'user_pass'    => $user['password'],
			'user_email'   => $user['login'] . '@example.test',
			'display_name' => ucfirst( $user['role'] ),
			'role'         => $user['role'],
		)
	);
	if ( is_wp_error( $id ) ) {
		iop_test_fail( $user['login'] . ': ' . $id->get_error_message() );
	}
	$app = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'platform test' ) );
	if ( is_wp_error( $app ) ) {
		iop_test_fail( $user['login'] . ': ' . $app->get_error_message() );
	}
	$made[ $user['role'] ] = array(
		'id'                => $id,
		'login'             => $user['login'],
		'appPassword'       => $app[0],
		'canUnfilteredHtml' => user_can( $id, 'unfiltered_html' ),
	);
}

global $wp_version, $wpdb;
iop_test_result(
	array(
		'users'      => $made,
		'samplePage' => get_permalink( get_page_by_path( 'sample-page' ) ),
		'wordpress'  => $wp_version,
		'php'        => PHP_VERSION,
		'database'   => $wpdb->db_server_info(),
		'theme'      => wp_get_theme()->get( 'Name' ) . ' ' . wp_get_theme()->get( 'Version' ),
	)
);
