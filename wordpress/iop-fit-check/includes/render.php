<?php
/**
 * Prints <iop-fit-check> and loads its script, only where it is used.
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'iop_fit_check_register_script' );

/**
 * Registers the widget's script (enqueued by the shortcode and the block only).
 * It is one classic script; it loads its language files from locales/ beside it.
 */
function iop_fit_check_register_script() {
	wp_register_script(
		'iop-fit-check',
		plugins_url( 'assets/iop-fit-check.js', IOP_FIT_CHECK_FILE ),
		array(),
		IOP_FIT_CHECK_VERSION,
		true
	);
}

/**
 * The address relative links resolve against: the post being shown, else the home page.
 *
 * @return string
 */
function iop_fit_check_base_url() {
	$permalink = in_the_loop() || is_singular() ? get_permalink() : false;
	return $permalink ? $permalink : home_url( '/' );
}

/**
 * An attribute value for the page: HTML-escaped, with shortcode brackets
 * escaped too so no later do_shortcode() can expand them.
 *
 * @param string $text Text.
 * @return string
 */
function iop_fit_check_escape( $text ) {
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $text );
}

/**
 * The widget's markup. Each value given is checked with the widget's rules;
 * one that is missing or refused takes the site-wide default, and without one
 * the widget's own default applies. Enqueues the script.
 *
 * @param array<string, mixed> $given Values keyed like the shortcode's attributes.
 * @param string               $class Class for the element.
 * @return string
 */
function iop_fit_check_render( array $given, $class = '' ) {
	$base     = iop_fit_check_base_url();
	$defaults = iop_fit_check_site_defaults();
	$values   = array();
	foreach ( array_keys( iop_fit_check_fields() ) as $key ) {
		$value = iop_fit_check_clean( $key, isset( $given[ $key ] ) ? $given[ $key ] : null, $base );
		if ( null === $value && isset( $defaults[ $key ] ) ) {
			$value = $defaults[ $key ];
		}
		if ( null !== $value ) {
			$values[ $key ] = $value;
		}
	}

	$attributes = '' === $class ? '' : ' class="' . esc_attr( $class ) . '"';
	$style      = '';
	foreach ( iop_fit_check_fields() as $key => $field ) {
		if ( ! isset( $values[ $key ] ) ) {
			continue;
		}
		$value = $values[ $key ];
		if ( isset( $field['property'] ) ) {
			$style .= $field['property'] . ':' . $value . ';';
		} elseif ( 'bool' === $field['type'] ) {
			$attributes .= $value ? ' ' . $field['attribute'] : '';
		} else {
			$escaped = 'url' === $field['type'] ? esc_url( $value ) : esc_attr( (string) $value );
			if ( '' !== $escaped ) {
				$attributes .= ' ' . $field['attribute'] . '="' . iop_fit_check_escape( $escaped ) . '"';
			}
		}
	}
	if ( '' !== $style ) {
		$attributes .= ' style="' . esc_attr( $style ) . '"';
	}

	wp_enqueue_script( 'iop-fit-check' );

	/**
	 * Filters the widget's markup before it is printed.
	 *
	 * @param string $html   The <iop-fit-check> element.
	 * @param array  $values The checked values it was made from.
	 */
	return apply_filters(
		'iop_fit_check_html',
		'<iop-fit-check' . $attributes . '>' . iop_fit_check_fallback( $values ) . '</iop-fit-check>',
		$values
	);
}

/**
 * What shows if the script is blocked or fails: the clinic's phone as a link,
 * else its insurance link, else the crisis line. The widget replaces it.
 *
 * @param array<string, mixed> $values Checked values.
 * @return string
 */
function iop_fit_check_fallback( array $values ) {
	$name = isset( $values['center_name'] ) ? $values['center_name'] : __( 'our team', 'iop-fit-check' );
	if ( isset( $values['phone'] ) ) {
		$phone = iop_fit_check_parse_phone( $values['phone'] );
		/* translators: 1: the clinic's name, 2: its phone number. */
		$text = sprintf( __( 'Call %1$s at %2$s', 'iop-fit-check' ), $name, $phone['text'] );
		$href = $phone['href'];
	} elseif ( isset( $values['insurance_url'] ) ) {
		/* translators: %s: the clinic's name. */
		$text = sprintf( __( 'Check your insurance with %s', 'iop-fit-check' ), $name );
		$href = $values['insurance_url'];
	} else {
		$crisis = iop_fit_check_parse_phone( isset( $values['crisis_phone'] ) ? $values['crisis_phone'] : '988' );
		/* translators: %s: the crisis line's number, 988 in the US. */
		$text = sprintf( __( 'Need help now? Call %s', 'iop-fit-check' ), $crisis['text'] );
		$href = $crisis['href'];
	}
	return '<p class="iop-fit-check-fallback"><a href="' . iop_fit_check_escape( esc_url( $href, array( 'tel', 'http', 'https' ) ) ) . '">'
		. iop_fit_check_escape( esc_html( $text ) ) . '</a></p>';
}
