<?php
/**
 * The IOP Fit Check block: a dynamic block, so its markup is made (and its
 * values checked) here at render time, for every author role alike.
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'iop_fit_check_register_block' );
add_action( 'enqueue_block_editor_assets', 'iop_fit_check_block_editor_data' );

/**
 * Registers the block from block.json, with its PHP render callback.
 */
function iop_fit_check_register_block() {
	register_block_type(
		dirname( IOP_FIT_CHECK_FILE ) . '/block',
		array( 'render_callback' => 'iop_fit_check_render_block' )
	);
}

/**
 * Renders the block: its attributes are the shortcode's, in camelCase.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function iop_fit_check_render_block( $attributes ) {
	$given = array();
	foreach ( array_keys( iop_fit_check_fields() ) as $key ) {
		$name = iop_fit_check_block_attribute( $key );
		if ( isset( $attributes[ $name ] ) ) {
			$given[ $key ] = $attributes[ $name ];
		}
	}
	$class = 'wp-block-iop-fit-check-fit-check';
	if ( isset( $attributes['align'] ) && in_array( $attributes['align'], array( 'wide', 'full' ), true ) ) {
		$class .= ' align' . $attributes['align'];
	}
	return iop_fit_check_render( $given, $class );
}

/**
 * Gives the editor script the site-wide defaults (shown as placeholders) and
 * the languages the widget ships.
 */
function iop_fit_check_block_editor_data() {
	$handle    = generate_block_asset_handle( 'iop-fit-check/fit-check', 'editorScript' );
	$languages = array();
	foreach ( iop_fit_check_locale_names() as $code => $name ) {
		$languages[] = array(
			'value' => $code,
			'label' => $name,
		);
	}
	$data = array(
		'defaults'    => iop_fit_check_site_defaults(),
		'languages'   => $languages,
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=iop-fit-check' ) : '',
	);
	wp_add_inline_script( $handle, 'window.iopFitCheckEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
