<?php
/**
 * Settings → IOP Fit Check: the site-wide defaults every shortcode and block
 * uses for what it does not set. Settings API, manage_options only.
 *
 * @package IOP_Fit_Check
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_menu', 'iop_fit_check_add_settings_page' );
add_action( 'admin_init', 'iop_fit_check_register_settings' );
add_filter( 'plugin_action_links_' . plugin_basename( IOP_FIT_CHECK_FILE ), 'iop_fit_check_action_links' );

/**
 * Adds the page under Settings.
 */
function iop_fit_check_add_settings_page() {
	add_options_page(
		__( 'IOP Fit Check', 'iop-fit-check' ),
		__( 'IOP Fit Check', 'iop-fit-check' ),
		'manage_options',
		'iop-fit-check',
		'iop_fit_check_settings_page'
	);
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function iop_fit_check_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=iop-fit-check' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'iop-fit-check' ) . '</a>' );
	return $links;
}

/**
 * Each field's label, help text, the sentence shown when a value is refused,
 * and its section.
 *
 * @return array<string, array{section: string, label: string, help: string, refused?: string, options?: array<string, string>}>
 */
function iop_fit_check_setting_labels() {
	$phone_rule = __( 'Use digits, spaces and + ( ) - . with at least 3 digits; write an extension as "ext 12" or "x12".', 'iop-fit-check' );
	$url_rule   = __( 'Use a web address that starts with https:// (or http://).', 'iop-fit-check' );
	$color_rule = __( 'Use a hex color such as #1d4ed8.', 'iop-fit-check' );
	$levels     = array();
	for ( $level = 1; $level <= 6; $level++ ) {
		$levels[ (string) $level ] = 'H' . $level;
	}
	return array(
		'center_name'          => array(
			'section' => 'clinic',
			'label'   => __( 'Clinic name', 'iop-fit-check' ),
			'help'    => __( 'Shown in the buttons, as in "Call Sample Recovery Center". Empty: "our team".', 'iop-fit-check' ),
		),
		'phone'                => array(
			'section' => 'clinic',
			'label'   => __( 'Phone number', 'iop-fit-check' ),
			'help'    => __( 'As visitors should see it, e.g. (555) 010-0100 or 555-0100 ext 12. Empty: no call button.', 'iop-fit-check' ),
			'refused' => $phone_rule,
		),
		'insurance_url'        => array(
			'section' => 'clinic',
			'label'   => __( 'Insurance check link', 'iop-fit-check' ),
			'help'    => __( 'Your page where visitors check their insurance. Empty: no insurance button.', 'iop-fit-check' ),
			'refused' => $url_rule,
		),
		'view'                 => array(
			'section' => 'look',
			'label'   => __( 'What to show', 'iop-fit-check' ),
			'help'    => '',
			'refused' => __( 'Choose one of the listed options.', 'iop-fit-check' ),
			'options' => array(
				''          => __( 'Explainer, then the check (default)', 'iop-fit-check' ),
				'quiz'      => __( 'The check only', 'iop-fit-check' ),
				'explainer' => __( 'The explainer only', 'iop-fit-check' ),
			),
		),
		'locale'               => array(
			'section' => 'look',
			'label'   => __( 'Language', 'iop-fit-check' ),
			'help'    => __( 'Visitors can still pick another language, unless the language menu is hidden.', 'iop-fit-check' ),
			'refused' => __( 'Choose one of the listed languages.', 'iop-fit-check' ),
			'options' => array( '' => __( "The page's language (default)", 'iop-fit-check' ) ) + iop_fit_check_locale_names(),
		),
		'color_scheme'         => array(
			'section' => 'look',
			'label'   => __( 'Light or dark', 'iop-fit-check' ),
			'help'    => '',
			'refused' => __( 'Choose one of the listed options.', 'iop-fit-check' ),
			'options' => array(
				''     => __( 'Light (default)', 'iop-fit-check' ),
				'dark' => __( 'Dark', 'iop-fit-check' ),
				'auto' => __( "Follow the visitor's device", 'iop-fit-check' ),
			),
		),
		'heading_level'        => array(
			'section' => 'look',
			'label'   => __( 'Heading level', 'iop-fit-check' ),
			'help'    => __( "Fits the widget's headings into your page's outline.", 'iop-fit-check' ),
			'refused' => __( 'Choose a level from 1 to 6.', 'iop-fit-check' ),
			'options' => array( '' => __( 'H2 (default)', 'iop-fit-check' ) ) + $levels,
		),
		'color_primary'        => array(
			'section' => 'look',
			'label'   => __( 'Buttons and links color', 'iop-fit-check' ),
			'help'    => __( 'Empty: #1d4ed8 (blue).', 'iop-fit-check' ),
			'refused' => $color_rule,
		),
		'color_on_primary'     => array(
			'section' => 'look',
			'label'   => __( 'Text on buttons color', 'iop-fit-check' ),
			'help'    => __( 'Empty: #ffffff (white). Keep it readable on the buttons color.', 'iop-fit-check' ),
			'refused' => $color_rule,
		),
		'color_focus'          => array(
			'section' => 'look',
			'label'   => __( 'Keyboard focus ring color', 'iop-fit-check' ),
			'help'    => __( 'Empty: #b45309 (amber).', 'iop-fit-check' ),
			'refused' => $color_rule,
		),
		'quick_exit'           => array(
			'section' => 'look',
			'label'   => __( 'Quick exit button', 'iop-fit-check' ),
			'help'    => __( 'Show a button (and let Shift pressed three times) leave for another site at once.', 'iop-fit-check' ),
		),
		'quick_exit_url'       => array(
			'section' => 'look',
			'label'   => __( 'Quick exit goes to', 'iop-fit-check' ),
			'help'    => __( 'A harmless page. Empty: https://www.google.com/.', 'iop-fit-check' ),
			'refused' => $url_rule,
		),
		'crisis_phone'         => array(
			'section' => 'lines',
			'label'   => __( 'Crisis line', 'iop-fit-check' ),
			'help'    => __( 'Empty: 988 (United States).', 'iop-fit-check' ),
			'refused' => $phone_rule,
		),
		'emergency_phone'      => array(
			'section' => 'lines',
			'label'   => __( 'Emergency number', 'iop-fit-check' ),
			'help'    => __( 'Empty: 911.', 'iop-fit-check' ),
			'refused' => $phone_rule,
		),
		'helpline_phone'       => array(
			'section' => 'lines',
			'label'   => __( 'Treatment helpline', 'iop-fit-check' ),
			'help'    => __( 'Empty: 1-800-662-4357 (SAMHSA).', 'iop-fit-check' ),
			'refused' => $phone_rule,
		),
		'locales'              => array(
			'section' => 'lines',
			'label'   => __( 'Languages in the menu', 'iop-fit-check' ),
			/* translators: %s: the language codes the widget knows. */
			'help'    => sprintf( __( 'Codes separated by spaces, from: %s. Empty: all of them.', 'iop-fit-check' ), implode( ' ', iop_fit_check_locales() ) ),
			'refused' => __( 'Use language codes from the list, separated by spaces.', 'iop-fit-check' ),
		),
		'hide_language_picker' => array(
			'section' => 'lines',
			'label'   => __( 'Hide the language menu', 'iop-fit-check' ),
			'help'    => __( 'Visitors then see only the language chosen above or the page\'s.', 'iop-fit-check' ),
		),
	);
}

/**
 * Registers the option, its sections and fields.
 */
function iop_fit_check_register_settings() {
	register_setting(
		'iop_fit_check',
		IOP_FIT_CHECK_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'iop_fit_check_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	$sections = array(
		'clinic' => __( 'Your clinic', 'iop-fit-check' ),
		'look'   => __( 'What visitors see', 'iop-fit-check' ),
		'lines'  => __( 'Help lines and languages', 'iop-fit-check' ),
	);
	foreach ( $sections as $id => $title ) {
		add_settings_section( 'iop_fit_check_' . $id, $title, '__return_false', 'iop-fit-check' );
	}
	$fields = iop_fit_check_fields();
	foreach ( iop_fit_check_setting_labels() as $key => $label ) {
		$args = array(
			'key'  => $key,
			'type' => $fields[ $key ]['type'],
		);
		if ( 'bool' !== $fields[ $key ]['type'] ) {
			$args['label_for'] = 'iop-fit-check-' . $key;
		}
		add_settings_field( $key, $label['label'], 'iop_fit_check_render_field', 'iop-fit-check', 'iop_fit_check_' . $label['section'], $args );
	}
}

/**
 * Checks each submitted value with the widget's rules. A refused value is not
 * saved: the previous one is kept, and an error says why.
 *
 * @param mixed $input Submitted values (already unslashed by options.php).
 * @return array<string, string|int|bool>
 */
function iop_fit_check_sanitize_settings( $input ) {
	static $reported = array();
	$input    = is_array( $input ) ? $input : array();
	$previous = get_option( IOP_FIT_CHECK_OPTION, array() );
	$previous = is_array( $previous ) ? $previous : array();
	$labels   = iop_fit_check_setting_labels();
	$clean    = array();
	foreach ( iop_fit_check_fields() as $key => $field ) {
		$raw = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? (string) $input[ $key ] : '';
		if ( 'bool' === $field['type'] ) {
			$clean[ $key ] = '1' === $raw;
			continue;
		}
		if ( '' === trim( $raw ) ) {
			continue;
		}
		$value = iop_fit_check_clean( $key, $raw, home_url( '/' ) );
		if ( null !== $value ) {
			$clean[ $key ] = $value;
			continue;
		}
		if ( isset( $previous[ $key ] ) ) {
			$clean[ $key ] = $previous[ $key ];
		}
		if ( ! isset( $reported[ $key ] ) ) {
			$reported[ $key ] = true;
			$message          = sprintf(
				/* translators: 1: the field's label, 2: the value typed, 3: what the field accepts. */
				__( '%1$s: "%2$s" was not saved. %3$s', 'iop-fit-check' ),
				$labels[ $key ]['label'],
				$raw,
				isset( $labels[ $key ]['refused'] ) ? $labels[ $key ]['refused'] : ''
			);
			// settings_errors() prints messages as HTML: the typed value must be escaped.
			add_settings_error( IOP_FIT_CHECK_OPTION, 'iop-fit-check-' . $key, esc_html( $message ), 'error' );
		}
	}
	return $clean;
}

/**
 * Prints one field.
 *
 * @param array{key: string, type: string} $args Field.
 */
function iop_fit_check_render_field( $args ) {
	$key    = $args['key'];
	$label  = iop_fit_check_setting_labels()[ $key ];
	$saved  = get_option( IOP_FIT_CHECK_OPTION, array() );
	$value  = is_array( $saved ) && isset( $saved[ $key ] ) ? $saved[ $key ] : '';
	$id     = 'iop-fit-check-' . $key;
	$name   = IOP_FIT_CHECK_OPTION . '[' . $key . ']';
	$help   = $label['help'] ? '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $label['help'] ) . '</p>' : '';
	$extra_attributes = $label['help'] ? ' aria-describedby="' . esc_attr( $id ) . '-help"' : '';

	if ( 'bool' === $args['type'] ) {
		printf(
			'<label for="%1$s"><input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s%4$s> %5$s</label>%6$s',
			esc_attr( $id ),
			esc_attr( $name ),
			checked( true, (bool) $value, false ),
			$extra_attributes, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
			esc_html( $label['label'] ),
			$help // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		);
		return;
	}
	if ( isset( $label['options'] ) ) {
		printf( '<select id="%1$s" name="%2$s"%3$s>', esc_attr( $id ), esc_attr( $name ), $extra_attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		foreach ( $label['options'] as $option => $text ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $option ), selected( (string) $value, (string) $option, false ), esc_html( $text ) );
		}
		echo '</select>' . $help; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		return;
	}
	// Links are plain text fields (inputmode url), so a relative link such as /verify can be saved.
	$input_type = 'phone' === $args['type'] ? 'tel' : 'text';
	$extra_attributes .= 'url' === $args['type'] ? ' inputmode="url" spellcheck="false"' : '';
	$class      = 'color' === $args['type'] ? 'small-text' : 'regular-text';
	$swatch     = '';
	if ( 'color' === $args['type'] && '' !== $value ) {
		$swatch = sprintf(
			' <span aria-hidden="true" style="display:inline-block;width:1.5em;height:1.5em;vertical-align:middle;border:1px solid #8c8f94;border-radius:3px;background:%s"></span>',
			esc_attr( $value )
		);
	}
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="%5$s"%6$s>%7$s%8$s',
		esc_attr( $input_type ),
		esc_attr( $id ),
		esc_attr( $name ),
		esc_attr( (string) $value ),
		esc_attr( $class ),
		$extra_attributes, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		$swatch, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		$help // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
	);
}

/**
 * Prints the settings page. Saving goes through options.php, which checks the
 * nonce printed by settings_fields() and the manage_options capability.
 */
function iop_fit_check_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$script = dirname( IOP_FIT_CHECK_FILE ) . '/assets/iop-fit-check.js';
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php if ( ! file_exists( $script ) ) : ?>
			<div class="notice notice-error"><p><?php esc_html_e( 'The widget\'s script is missing from this plugin\'s assets folder. Install the plugin from iop-fit-check-wordpress.zip, which includes it.', 'iop-fit-check' ); ?></p></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'These are the defaults for every IOP Fit Check on this site. A block or shortcode can set its own values; what it leaves empty comes from here. Visitors\' answers never leave their browser: nothing is stored or sent to this site.', 'iop-fit-check' ); ?></p>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'iop_fit_check' );
			do_settings_sections( 'iop-fit-check' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Add it to a page', 'iop-fit-check' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the "IOP Fit Check" block and set it in the sidebar. Anywhere shortcodes work, write:', 'iop-fit-check' ); ?></p>
		<p><code>[iop_fit_check]</code> <?php esc_html_e( 'or, with its own values:', 'iop-fit-check' ); ?> <code>[iop_fit_check center_name="Sample Recovery Center" phone="(555) 010-0100" view="quiz" quick_exit="yes"]</code></p>
	</div>
	<?php
}
