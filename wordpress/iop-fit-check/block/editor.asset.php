<?php
/**
 * The editor script's dependencies: WordPress's own globals, no build step.
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => IOP_FIT_CHECK_VERSION,
);
