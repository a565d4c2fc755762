<?php
/**
 * The [iop_fit_check] shortcode: the widget's attributes with underscores,
 * e.g. [iop_fit_check phone="(555) 010-0100" center_name="Sample Recovery Center" quick_exit="yes"].
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'iop_fit_check_register_shortcode' );

/**
 * Registers the shortcode.
 */
function iop_fit_check_register_shortcode() {
	add_shortcode( 'iop_fit_check', 'iop_fit_check_shortcode' );
}

/**
 * Renders the shortcode. Attributes not given (or refused) use the site-wide
 * defaults; a yes/no attribute may also be written alone: [iop_fit_check quick_exit].
 *
 * @param array|string $atts Attributes as WordPress parsed them ('' when none).
 * @return string
 */
function iop_fit_check_shortcode( $atts ) {
	$atts   = is_array( $atts ) ? $atts : array();
	$fields = iop_fit_check_fields();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) && is_string( $value ) ) {
			$flag = strtolower( $value );
			if ( isset( $fields[ $flag ] ) && 'bool' === $fields[ $flag ]['type'] && ! isset( $atts[ $flag ] ) ) {
				$atts[ $flag ] = 'yes';
			}
		}
	}
	$given = shortcode_atts( array_fill_keys( array_keys( $fields ), null ), $atts, 'iop_fit_check' );
	return iop_fit_check_render( $given, 'iop-fit-check-shortcode' );
}
