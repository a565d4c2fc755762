<?php
/**
 * Plugin Name:       IOP Fit Check
 * Description:       Explains Intensive Outpatient Programs (IOP) in plain words and runs a short, private self-check, with your clinic's phone number and insurance link. Add it with the IOP Fit Check block or the [iop_fit_check] shortcode.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The iop-fit-check authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       iop-fit-check
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version, also the version of the widget script it ships. */
const IOP_FIT_CHECK_VERSION = '1.0.0';

/** This file, for plugins_url() and the activation hook. */
const IOP_FIT_CHECK_FILE = __FILE__;

/** The option that holds the site-wide defaults. */
const IOP_FIT_CHECK_OPTION = 'iop_fit_check_settings';

require_once __DIR__ . '/includes/validation.php';
require_once __DIR__ . '/includes/fields.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';

if ( is_admin() ) {
	require_once __DIR__ . '/includes/settings.php';
}

register_activation_hook( __FILE__, 'iop_fit_check_activate' );

/**
 * Creates the settings option, so its first save runs the validators once.
 */
function iop_fit_check_activate() {
	add_option( IOP_FIT_CHECK_OPTION, array() );
}
