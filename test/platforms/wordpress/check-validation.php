<?php
/**
 * Runs the plugin's validators, as installed on the test site, over every case
 * of test/platforms/validation-cases.json (the cases the widget's own
 * validators must also pass). Usage: php check-validation.php <cases.json>
 *
 * @package IOP_Fit_Check
 */

require __DIR__ . '/bootstrap.php';

if ( ! function_exists( 'iop_fit_check_parse_phone' ) ) {
	iop_test_fail( 'the IOP Fit Check plugin is not active' );
}
$cases    = json_decode( file_get_contents( $argv[1] ), true );
$checked  = 0;
$failures = array();
$check    = static function ( $group, $input, $expected, $actual ) use ( &$checked, &$failures ) {
	++$checked;
	if ( $expected !== $actual ) {
		$failures[] = array(
			'group'    => $group,
			'input'    => $input,
			'expected' => $expected,
			'actual'   => $actual,
		);
	}
};

foreach ( $cases['phone']['cases'] as $case ) {
	$phone = iop_fit_check_parse_phone( $case['input'] );
	$want  = null === $case['href'] ? null : array(
		'text' => $case['text'],
		'href' => $case['href'],
	);
	$check( 'phone', $case['input'], $want, $phone );
}
foreach ( $cases['webUrl']['cases'] as $case ) {
	$check( 'webUrl', $case['input'], $case['href'], iop_fit_check_parse_web_url( $case['input'], $cases['webUrl']['base'] ) );
}
$parsers = array(
	'view'         => 'iop_fit_check_parse_view',
	'colorScheme'  => 'iop_fit_check_parse_color_scheme',
	'headingLevel' => 'iop_fit_check_parse_heading_level',
	'locale'       => 'iop_fit_check_parse_locale',
);
foreach ( $parsers as $group => $parse ) {
	foreach ( $cases[ $group ]['cases'] as $case ) {
		$check( $group, $case['input'], $case['expected'], $parse( $case['input'] ) );
	}
}
$plugin_only = array(
	'color'      => 'iop_fit_check_parse_color',
	'centerName' => 'iop_fit_check_parse_text',
	'localeList' => 'iop_fit_check_parse_locale_list',
	'yesNo'      => 'iop_fit_check_parse_bool',
);
foreach ( $plugin_only as $group => $parse ) {
	foreach ( $cases['pluginOnly'][ $group ]['cases'] as $case ) {
		$check( $group, $case['input'], $case['expected'], $parse( $case['input'] ) );
	}
}

iop_test_result(
	array(
		'checked'  => $checked,
		'failures' => $failures,
	)
);
