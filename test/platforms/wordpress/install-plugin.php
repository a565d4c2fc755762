<?php
/**
 * Installs a plugin from its zip the way Plugins → Add New → Upload Plugin
 * does (Plugin_Upgrader::install), as the Administrator, then activates it.
 * Usage: php install-plugin.php <zip> <admin login>
 *
 * @package IOP_Fit_Check
 */

require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$zip   = $argv[1];
$admin = get_user_by( 'login', $argv[2] );
wp_set_current_user( $admin->ID );
if ( ! current_user_can( 'install_plugins' ) || ! current_user_can( 'activate_plugins' ) ) {
	iop_test_fail( 'the Administrator cannot install plugins' );
}

$skin      = new WP_Ajax_Upgrader_Skin();
$upgrader  = new Plugin_Upgrader( $skin );
$installed = $upgrader->install( $zip );
if ( true !== $installed ) {
	$why = is_wp_error( $installed ) ? $installed->get_error_message() : implode( '; ', $skin->get_error_messages() );
	iop_test_fail( 'Plugin_Upgrader::install failed: ' . $why );
}
$plugin    = $upgrader->plugin_info();
$activated = activate_plugin( $plugin );
if ( is_wp_error( $activated ) ) {
	iop_test_fail( 'activate_plugin failed: ' . $activated->get_error_message() );
}
$data = get_plugin_data( WP_PLUGIN_DIR . '/' . $plugin, false, false );

iop_test_result(
	array(
		'plugin'  => $plugin,
		'active'  => is_plugin_active( $plugin ),
		'version' => $data['Version'],
		'files'   => count( list_files( WP_PLUGIN_DIR . '/' . dirname( $plugin ) ) ),
		'option'  => get_option( 'iop_fit_check_settings' ),
	)
);
