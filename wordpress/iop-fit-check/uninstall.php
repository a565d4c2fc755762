<?php
/**
 * Deleting the plugin removes its one option. It stores nothing else: the
 * widget keeps visitors' answers in their browser only.
 *
 * @package IOP_Fit_Check
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'iop_fit_check_settings' );
