<?php
/**
 * The widget's settings, one table for the shortcode, the block and the
 * settings page, and how each value is cleaned.
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every setting, keyed by its shortcode attribute (the widget's attribute with
 * underscores). `attribute` is the widget's attribute; `property` the CSS
 * custom property a color sets instead.
 *
 * @return array<string, array{type: string, attribute?: string, property?: string}>
 */
function iop_fit_check_fields() {
	return array(
		'center_name'          => array(
			'type'      => 'text',
			'attribute' => 'center-name',
		),
		'phone'                => array(
			'type'      => 'phone',
			'attribute' => 'phone',
		),
		'insurance_url'        => array(
			'type'      => 'url',
			'attribute' => 'insurance-url',
		),
		'view'                 => array(
			'type'      => 'view',
			'attribute' => 'view',
		),
		'locale'               => array(
			'type'      => 'locale',
			'attribute' => 'locale',
		),
		'locales'              => array(
			'type'      => 'locales',
			'attribute' => 'locales',
		),
		'hide_language_picker' => array(
			'type'      => 'bool',
			'attribute' => 'hide-language-picker',
		),
		'color_scheme'         => array(
			'type'      => 'color_scheme',
			'attribute' => 'color-scheme',
		),
		'heading_level'        => array(
			'type'      => 'heading_level',
			'attribute' => 'heading-level',
		),
		'color_primary'        => array(
			'type'     => 'color',
			'property' => '--iop-color-primary',
		),
		'color_on_primary'     => array(
			'type'     => 'color',
			'property' => '--iop-color-on-primary',
		),
		'color_focus'          => array(
			'type'     => 'color',
			'property' => '--iop-color-focus',
		),
		'quick_exit'           => array(
			'type'      => 'bool',
			'attribute' => 'quick-exit',
		),
		'quick_exit_url'       => array(
			'type'      => 'url',
			'attribute' => 'quick-exit-url',
		),
		'crisis_phone'         => array(
			'type'      => 'phone',
			'attribute' => 'crisis-phone',
		),
		'emergency_phone'      => array(
			'type'      => 'phone',
			'attribute' => 'emergency-phone',
		),
		'helpline_phone'       => array(
			'type'      => 'phone',
			'attribute' => 'helpline-phone',
		),
	);
}

/**
 * The block attribute for a setting: center_name → centerName.
 *
 * @param string $key Setting key.
 * @return string
 */
function iop_fit_check_block_attribute( $key ) {
	return lcfirst( str_replace( '_', '', ucwords( $key, '_' ) ) );
}

/**
 * A value as the widget will use it, or null when the widget would refuse it
 * (or it is empty). Booleans come back as true or false.
 *
 * @param string $key   Setting key.
 * @param mixed  $value Raw value.
 * @param string $base  Absolute URL that relative links resolve against.
 * @return string|int|bool|null
 */
function iop_fit_check_clean( $key, $value, $base ) {
	$fields = iop_fit_check_fields();
	if ( ! isset( $fields[ $key ] ) || null === $value ) {
		return null;
	}
	switch ( $fields[ $key ]['type'] ) {
		case 'text':
			return iop_fit_check_parse_text( $value );
		case 'phone':
			$phone = iop_fit_check_parse_phone( $value );
			return $phone ? $phone['text'] : null;
		case 'url':
			return iop_fit_check_parse_web_url( $value, $base );
		case 'view':
			return iop_fit_check_parse_view( $value );
		case 'locale':
			return iop_fit_check_parse_locale( $value );
		case 'locales':
			return iop_fit_check_parse_locale_list( $value );
		case 'color_scheme':
			return iop_fit_check_parse_color_scheme( $value );
		case 'heading_level':
			return iop_fit_check_parse_heading_level( $value );
		case 'color':
			return iop_fit_check_parse_color( $value );
		case 'bool':
			return iop_fit_check_parse_bool( $value );
	}
	return null;
}

/**
 * The site-wide defaults from the settings page, each checked again.
 *
 * @return array<string, string|int|bool>
 */
function iop_fit_check_site_defaults() {
	$saved = get_option( IOP_FIT_CHECK_OPTION, array() );
	$clean = array();
	if ( ! is_array( $saved ) ) {
		return $clean;
	}
	foreach ( array_keys( iop_fit_check_fields() ) as $key ) {
		$value = iop_fit_check_clean( $key, isset( $saved[ $key ] ) ? $saved[ $key ] : null, home_url( '/' ) );
		if ( null !== $value ) {
			$clean[ $key ] = $value;
		}
	}
	return $clean;
}
