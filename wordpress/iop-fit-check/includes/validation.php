<?php
/**
 * The widget's own rules for its attributes, ported from src/validate.ts and
 * src/locale-negotiation.ts. Each function returns null for a value the widget
 * would refuse, so the plugin drops it and the widget uses its own default.
 *
 * test/platforms/validation-cases.json holds the cases both sides must agree on.
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

/**
 * What JavaScript's \s and String.prototype.trim() call white space, as a
 * character class body for a /u pattern.
 */
const IOP_FIT_CHECK_JS_SPACE = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/**
 * The languages the widget ships, as it spells them (src/locales/locale-codes.ts).
 * The zip script fails if this list and the built locale files disagree.
 *
 * @return string[]
 */
function iop_fit_check_locales() {
	return array( 'ar', 'en', 'es', 'fa', 'fr', 'ht', 'ko', 'ru', 'tl', 'vi', 'zh-Hans', 'zh-Hant' );
}

/**
 * Each shipped language's name in that language.
 *
 * @return array<string, string>
 */
function iop_fit_check_locale_names() {
	return array(
		'en'      => 'English',
		'es'      => 'Español',
		'zh-Hans' => '简体中文',
		'zh-Hant' => '繁體中文',
		'vi'      => 'Tiếng Việt',
		'tl'      => 'Tagalog',
		'ko'      => '한국어',
		'ar'      => 'العربية',
		'fa'      => 'فارسی',
		'ru'      => 'Русский',
		'ht'      => 'Kreyòl ayisyen',
		'fr'      => 'Français',
	);
}

/**
 * A string as JavaScript's String.prototype.trim() leaves it; null when the
 * value is not a string or not valid UTF-8.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function iop_fit_check_js_trim( $value ) {
	if ( is_int( $value ) || is_float( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$space   = IOP_FIT_CHECK_JS_SPACE;
	$trimmed = preg_replace( "/^[{$space}]+|[{$space}]+\\z/u", '', $value );
	return is_string( $trimmed ) ? $trimmed : null;
}

/**
 * Port of parsePhone: digits, spaces and + ( ) - . only, then an optional
 * "ext 12" or "x12"; at least 3 digits.
 *
 * @param mixed $value Raw value.
 * @return array{text: string, href: string}|null The number as written and its tel: URL.
 */
function iop_fit_check_parse_phone( $value ) {
	$text = iop_fit_check_js_trim( $value );
	if ( null === $text ) {
		return null;
	}
	$space = IOP_FIT_CHECK_JS_SPACE;
	if ( ! preg_match( "/^(\\+?[0-9{$space}().-]+?)[{$space}]*(?:(?:ext\\.?|x)[{$space}]*([0-9]+))?\\z/iu", $text, $match ) ) {
		return null;
	}
	$main   = $match[1];
	$digits = preg_replace( '/[^0-9]/', '', $main );
	if ( strlen( $digits ) < 3 ) {
		return null;
	}
	$plus = '+' === substr( $main, 0, 1 ) ? '+' : '';
	$ext  = isset( $match[2] ) && '' !== $match[2] ? ';ext=' . $match[2] : '';
	return array(
		'text' => $text,
		'href' => 'tel:' . $plus . $digits . $ext,
	);
}

/**
 * Port of parseView: full, quiz or explainer.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function iop_fit_check_parse_view( $value ) {
	$text = iop_fit_check_js_trim( $value );
	return in_array( $text, array( 'full', 'quiz', 'explainer' ), true ) ? $text : null;
}

/**
 * Port of parseColorScheme: exact values only, as the widget's styles match them.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function iop_fit_check_parse_color_scheme( $value ) {
	return in_array( $value, array( 'light', 'dark', 'auto' ), true ) ? $value : null;
}

/**
 * Port of parseHeadingLevel, which reads the value as JavaScript's Number() does.
 *
 * @param mixed $value Raw value.
 * @return int|null 1 to 6.
 */
function iop_fit_check_parse_heading_level( $value ) {
	if ( is_int( $value ) || is_float( $value ) ) {
		$number = (float) $value;
	} else {
		$text = iop_fit_check_js_trim( $value );
		if ( null === $text || '' === $text ) {
			return null;
		}
		if ( preg_match( '/^0x([0-9a-f]+)\z/i', $text, $m ) ) {
			$number = (float) hexdec( $m[1] );
		} elseif ( preg_match( '/^0o([0-7]+)\z/i', $text, $m ) ) {
			$number = (float) octdec( $m[1] );
		} elseif ( preg_match( '/^0b([01]+)\z/i', $text, $m ) ) {
			$number = (float) bindec( $m[1] );
		} elseif ( preg_match( '/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?\z/i', $text ) ) {
			$number = (float) $text;
		} else {
			return null;
		}
	}
	if ( floor( $number ) !== $number || $number < 1 || $number > 6 ) {
		return null;
	}
	return (int) $number;
}

/**
 * Port of matchLocale: the shipped language that serves a BCP 47 tag
 * (es-MX → es, zh-TW → zh-Hant, fil → tl), or null.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function iop_fit_check_parse_locale( $value ) {
	$text = iop_fit_check_js_trim( $value );
	if ( null === $text || '' === $text ) {
		return null;
	}
	$lower   = str_replace( '_', '-', strtolower( $text ) );
	$shipped = iop_fit_check_locales();
	$find    = static function ( $wanted ) use ( $shipped ) {
		foreach ( $shipped as $locale ) {
			if ( strtolower( $locale ) === $wanted ) {
				return $locale;
			}
		}
		return null;
	};
	$exact = $find( $lower );
	if ( null !== $exact ) {
		return $exact;
	}
	$subtags  = explode( '-', $lower );
	$language = array_shift( $subtags );
	if ( 'zh' === $language ) {
		$traditional = in_array( 'hant', $subtags, true )
			|| ( ! in_array( 'hans', $subtags, true ) && array_intersect( array( 'tw', 'hk', 'mo' ), $subtags ) );
		$language    = $traditional ? 'zh-hant' : 'zh-hans';
	} elseif ( 'fil' === $language ) {
		$language = 'tl';
	}
	return $find( $language );
}

/**
 * The `locales` attribute: space-separated tags, each matched as above; the
 * ones the widget knows, in its own order, or null when it knows none.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function iop_fit_check_parse_locale_list( $value ) {
	$text = iop_fit_check_js_trim( $value );
	if ( null === $text ) {
		return null;
	}
	$chosen = array();
	foreach ( preg_split( '/[' . IOP_FIT_CHECK_JS_SPACE . ']+/u', $text, -1, PREG_SPLIT_NO_EMPTY ) as $tag ) {
		$locale = iop_fit_check_parse_locale( $tag );
		if ( null !== $locale ) {
			$chosen[] = $locale;
		}
	}
	$known = array_values( array_intersect( iop_fit_check_locales(), $chosen ) );
	return $known ? implode( ' ', $known ) : null;
}

/**
 * A brand color: hex only (#abc or #aabbcc), as WordPress's sanitize_hex_color.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function iop_fit_check_parse_color( $value ) {
	$text = iop_fit_check_js_trim( $value );
	if ( null === $text || '' === $text ) {
		return null;
	}
	$color = sanitize_hex_color( $text );
	return $color ? strtolower( $color ) : null;
}

/**
 * The clinic's name: plain text on one line, tags removed.
 *
 * @param mixed $value Raw value.
 * @return string|null
 */
function iop_fit_check_parse_text( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	$text = sanitize_text_field( $value );
	return '' === $text ? null : $text;
}

/**
 * A yes/no choice: yes, true, 1, on or no, false, 0, off.
 *
 * @param mixed $value Raw value.
 * @return bool|null
 */
function iop_fit_check_parse_bool( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( is_int( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$text = strtolower( trim( $value ) );
	if ( in_array( $text, array( 'yes', 'true', '1', 'on' ), true ) ) {
		return true;
	}
	if ( in_array( $text, array( 'no', 'false', '0', 'off' ), true ) ) {
		return false;
	}
	return null;
}

/**
 * Port of parseWebUrl: an absolute or relative URL, resolved against $base the
 * way a browser's URL parser does, and kept only when it is http: or https:.
 *
 * It covers what a clinic's link needs (host names, ports, user info, paths,
 * queries, fragments, dot segments, percent-encoding); it is stricter than a
 * browser on the rare forms it does not model (IP literal shorthands, IPv6),
 * and refuses them.
 *
 * @param mixed  $value Raw value.
 * @param string $base  An absolute http(s) URL that relative links resolve against.
 * @return string|null The absolute URL, serialised as the browser would.
 */
function iop_fit_check_parse_web_url( $value, $base ) {
	$text = iop_fit_check_js_trim( $value );
	if ( null === $text || '' === $text ) {
		return null;
	}
	// The URL parser strips C0 controls and spaces at the ends, and tabs and newlines anywhere.
	$input = preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+\z/', '', $text );
	$input = str_replace( array( "\t", "\n", "\r" ), '', $input );

	$base_url = iop_fit_check_url_absolute( (string) $base, null );
	if ( null === $base_url ) {
		return null;
	}
	$url = iop_fit_check_url_absolute( $input, $base_url );
	return null === $url ? null : iop_fit_check_url_serialize( $url );
}

/**
 * Parses $input, relative to $base when given, into its parts.
 *
 * @param string     $input URL text, already stripped.
 * @param array|null $base  Parsed base URL.
 * @return array|null
 */
function iop_fit_check_url_absolute( $input, $base ) {
	if ( preg_match( '/^([a-z][a-z0-9+.-]*):(.*)\z/is', $input, $m ) ) {
		$scheme = strtolower( $m[1] );
		if ( 'http' !== $scheme && 'https' !== $scheme ) {
			return null;
		}
		$rest = iop_fit_check_url_slashes( $m[2] );
		if ( $base && $base['scheme'] === $scheme && '//' !== substr( $rest, 0, 2 ) ) {
			// "https:page" on an https: page is a relative link.
			return iop_fit_check_url_relative( $rest, $base );
		}
		return iop_fit_check_url_authority( $scheme, ltrim( $rest, '/' ) );
	}
	if ( ! $base ) {
		return null;
	}
	$rest = iop_fit_check_url_slashes( $input );
	if ( '//' === substr( $rest, 0, 2 ) ) {
		return iop_fit_check_url_authority( $base['scheme'], ltrim( $rest, '/' ) );
	}
	return iop_fit_check_url_relative( $rest, $base );
}

/**
 * Backslashes before the query or fragment, which the URL parser reads as slashes in http(s) URLs.
 *
 * @param string $rest URL text after the scheme.
 * @return string
 */
function iop_fit_check_url_slashes( $rest ) {
	$end = strcspn( $rest, '?#' );
	return str_replace( '\\', '/', substr( $rest, 0, $end ) ) . substr( $rest, $end );
}

/**
 * Parses "user:pass@host:port/path?query#fragment" after a special scheme.
 *
 * @param string $scheme http or https.
 * @param string $rest   What follows the slashes.
 * @return array|null
 */
function iop_fit_check_url_authority( $scheme, $rest ) {
	$end       = strcspn( $rest, '/?#' );
	$authority = substr( $rest, 0, $end );
	$after     = (string) substr( $rest, $end );

	$username = '';
	$password = '';
	$at       = strrpos( $authority, '@' );
	if ( false !== $at ) {
		$userinfo = substr( $authority, 0, $at );
		$colon    = strpos( $userinfo, ':' );
		if ( false === $colon ) {
			$username = iop_fit_check_url_encode( $userinfo, 'userinfo' );
		} else {
			$username = iop_fit_check_url_encode( substr( $userinfo, 0, $colon ), 'userinfo' );
			$password = iop_fit_check_url_encode( substr( $userinfo, $colon + 1 ), 'userinfo' );
		}
		$authority = substr( $authority, $at + 1 );
	}

	$port  = '';
	$colon = strrpos( $authority, ':' );
	if ( false !== $colon ) {
		$port      = substr( $authority, $colon + 1 );
		$authority = substr( $authority, 0, $colon );
		if ( '' !== $port ) {
			if ( ! preg_match( '/^[0-9]+\z/', $port ) || (int) $port > 65535 ) {
				return null;
			}
			$port = (string) (int) $port;
			if ( ( 'http' === $scheme && '80' === $port ) || ( 'https' === $scheme && '443' === $port ) ) {
				$port = '';
			}
		}
	}

	$host = iop_fit_check_url_host( $authority );
	if ( null === $host ) {
		return null;
	}
	$url = array(
		'scheme'   => $scheme,
		'username' => $username,
		'password' => $password,
		'host'     => $host,
		'port'     => $port,
		'path'     => array(),
		'query'    => null,
		'fragment' => null,
	);
	return iop_fit_check_url_path_query_fragment( $after, $url, true );
}

/**
 * A domain as the URL parser keeps it: percent-decoded, lower case, in
 * punycode, or a dotted IPv4 address; null for an empty or forbidden host, or
 * another form the browser would read as an IP address (refused here).
 *
 * @param string $raw Host as written.
 * @return string|null
 */
function iop_fit_check_url_host( $raw ) {
	$host = rawurldecode( $raw );
	if ( '' === $host || ! preg_match( '//u', $host ) ) {
		return null;
	}
	if ( preg_match( '/[^\x00-\x7F]/', $host ) ) {
		if ( ! function_exists( 'idn_to_ascii' ) ) {
			return null;
		}
		$ascii = idn_to_ascii( $host, IDNA_NONTRANSITIONAL_TO_ASCII, INTL_IDNA_VARIANT_UTS46 );
		if ( ! is_string( $ascii ) || '' === $ascii ) {
			return null;
		}
		$host = $ascii;
	}
	$host = strtolower( $host );
	// Forbidden domain code points, then names the URL parser reads as IPv4 or IPv6.
	if ( preg_match( '/[\x00-\x20#%\/:<>?@\[\\\\\]^|\x7F]/', $host ) ) {
		return null;
	}
	if ( preg_match( '/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\z/', $host ) ) {
		return $host;
	}
	$labels = explode( '.', rtrim( $host, '.' ) );
	$last   = end( $labels );
	if ( preg_match( '/^(?:[0-9]+|0x[0-9a-f]*)\z/', $last ) ) {
		return null;
	}
	return $host;
}

/**
 * Resolves a relative reference (no scheme, no authority) against $base.
 *
 * @param string $rest Reference, backslashes already turned into slashes.
 * @param array  $base Parsed base URL.
 * @return array
 */
function iop_fit_check_url_relative( $rest, $base ) {
	$url             = $base;
	$url['fragment'] = null;
	if ( '' === $rest ) {
		return $url;
	}
	$first = substr( $rest, 0, 1 );
	if ( '#' === $first ) {
		$url['fragment'] = iop_fit_check_url_encode( substr( $rest, 1 ), 'fragment' );
		return $url;
	}
	if ( '?' === $first ) {
		return iop_fit_check_url_path_query_fragment( $rest, $url, false );
	}
	$url['query'] = null;
	if ( '/' === $first ) {
		$url['path'] = array();
	} else {
		array_pop( $url['path'] );
		$rest = '/' . $rest;
	}
	return iop_fit_check_url_path_query_fragment( $rest, $url, true );
}

/**
 * Reads "/path?query#fragment" into $url. With $with_path, the path segments
 * are appended to $url's (dot segments resolved); without, the path is kept.
 *
 * @param string $rest      Path, query and fragment, the path starting with "/" (or empty).
 * @param array  $url       Parsed URL so far.
 * @param bool   $with_path Whether $rest starts with a path.
 * @return array
 */
function iop_fit_check_url_path_query_fragment( $rest, $url, $with_path ) {
	$hash = strpos( $rest, '#' );
	if ( false !== $hash ) {
		$url['fragment'] = iop_fit_check_url_encode( substr( $rest, $hash + 1 ), 'fragment' );
		$rest            = substr( $rest, 0, $hash );
	}
	$question = strpos( $rest, '?' );
	if ( false !== $question ) {
		$url['query'] = iop_fit_check_url_encode( substr( $rest, $question + 1 ), 'query' );
		$rest         = substr( $rest, 0, $question );
	}
	if ( ! $with_path ) {
		return $url;
	}
	$segments = explode( '/', (string) substr( $rest, 1 ) );
	$count    = count( $segments );
	foreach ( $segments as $i => $segment ) {
		$segment = iop_fit_check_url_encode( $segment, 'path' );
		$last    = $i === $count - 1;
		$lower   = strtolower( $segment );
		if ( in_array( $lower, array( '..', '.%2e', '%2e.', '%2e%2e' ), true ) ) {
			array_pop( $url['path'] );
			if ( $last ) {
				$url['path'][] = '';
			}
		} elseif ( in_array( $lower, array( '.', '%2e' ), true ) ) {
			if ( $last ) {
				$url['path'][] = '';
			}
		} else {
			$url['path'][] = $segment;
		}
	}
	return $url;
}

/**
 * Percent-encodes what the URL parser encodes in each part of a URL; existing
 * %XX escapes are kept as written.
 *
 * @param string $text Part of a URL.
 * @param string $set  path, query, fragment or userinfo.
 * @return string
 */
function iop_fit_check_url_encode( $text, $set ) {
	$sets  = array(
		'fragment' => ' "<>`',
		'query'    => ' "#<>\'',
		'path'     => ' "#<>?`{}',
		'userinfo' => ' "#<>?`{}/:;=@[\\]^|',
	);
	$chars = $sets[ $set ];
	$out   = '';
	$len   = strlen( $text );
	for ( $i = 0; $i < $len; $i++ ) {
		$char = $text[ $i ];
		$code = ord( $char );
		$out .= ( $code < 0x21 || $code > 0x7E || false !== strpos( $chars, $char ) ) ? sprintf( '%%%02X', $code ) : $char;
	}
	return $out;
}

/**
 * Writes parsed parts back as the browser's URL.href.
 *
 * @param array $url Parsed URL.
 * @return string
 */
function iop_fit_check_url_serialize( $url ) {
	$href = $url['scheme'] . '://';
	if ( '' !== $url['username'] || '' !== $url['password'] ) {
		$href .= $url['username'] . ( '' !== $url['password'] ? ':' . $url['password'] : '' ) . '@';
	}
	$href .= $url['host'] . ( '' !== $url['port'] ? ':' . $url['port'] : '' );
	$href .= $url['path'] ? '/' . implode( '/', $url['path'] ) : '/';
	if ( null !== $url['query'] ) {
		$href .= '?' . $url['query'];
	}
	if ( null !== $url['fragment'] ) {
		$href .= '#' . $url['fragment'];
	}
	return $href;
}
