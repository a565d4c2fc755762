/**
 * The IOP Fit Check block in the editor: settings in the sidebar and a simple
 * preview. Plain JavaScript on WordPress's globals, no build step. The block is
 * dynamic: the page's markup is made in PHP, which checks every value again.
 */
(function (blocks, element, blockEditor, components, i18n) {
  'use strict';

  const el = element.createElement;
  const __ = i18n.__;
  const sprintf = i18n.sprintf;
  const {InspectorControls, useBlockProps, ContrastChecker, useSetting} = blockEditor;
  const {
    BaseControl,
    ColorPalette,
    Notice,
    PanelBody,
    Placeholder,
    SelectControl,
    TextControl,
    ToggleControl,
  } = components;

  const data = window.iopFitCheckEditor || {defaults: {}, languages: [], settingsUrl: ''};
  const defaults = data.defaults || {};

  // The widget's own rules (src/validate.ts), for a warning as the editor types;
  // the page itself is made in PHP, which refuses the same values.
  const phonePattern = /^(\+?[\d\s().-]+?)\s*(?:(?:ext\.?|x)\s*(\d+))?$/i;
  const isPhone = (value) => {
    const match = phonePattern.exec(value.trim());
    return !!match && match[1].replace(/\D/g, '').length >= 3;
  };
  const isWebUrl = (value) => {
    try {
      const url = new URL(value.trim(), document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  };
  const isHex = (value) => /^#([0-9a-f]{3}){1,2}$/i.test(value.trim());

  const views = [
    {value: 'full', label: __('Explainer, then the check', 'iop-fit-check')},
    {value: 'quiz', label: __('The check only', 'iop-fit-check')},
    {value: 'explainer', label: __('The explainer only', 'iop-fit-check')},
  ];
  const schemes = [
    {value: 'light', label: __('Light', 'iop-fit-check')},
    {value: 'dark', label: __('Dark', 'iop-fit-check')},
    {value: 'auto', label: __("Follow the visitor's device", 'iop-fit-check')},
  ];
  const languages = [
    {value: '', label: __("The page's language (site setting)", 'iop-fit-check')},
  ].concat(data.languages || []);

  const labelOf = (options, value) => {
    const found = options.find((option) => option.value === value);
    return found ? found.label : value;
  };
  const withDefault = (options, label) => [{value: '', label}].concat(options);
  const siteDefault = (value) =>
    value ? sprintf(__('Site setting: %s', 'iop-fit-check'), value) : '';

  function warning(show, text) {
    return show ? el(Notice, {status: 'warning', isDismissible: false}, text) : null;
  }

  function Edit(props) {
    const attributes = props.attributes;
    const set = (name) => (value) =>
      props.setAttributes({[name]: value === '' ? undefined : value});
    const palette = useSetting('color.palette') || [];
    const value = (name) => attributes[name] || '';

    const text = (name, label, help, check, refused) =>
      el(
        element.Fragment,
        null,
        el(TextControl, {
          label,
          help,
          value: value(name),
          placeholder: defaults[name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())] || '',
          onChange: set(name),
        }),
        warning(!!value(name) && check && !check(value(name)), refused)
      );

    const color = (name, label) =>
      el(
        BaseControl,
        {
          id: 'iop-fit-check-' + name,
          help: siteDefault(defaults[name.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())]),
        },
        el(BaseControl.VisualLabel, null, label),
        el(ColorPalette, {
          colors: palette,
          value: attributes[name],
          onChange: (hex) => props.setAttributes({[name]: hex && isHex(hex) ? hex : undefined}),
          clearable: true,
        })
      );

    const phoneRefused = __(
      'This number will not be used: write digits, spaces and + ( ) - . with at least 3 digits, and an extension as "ext 12" or "x12".',
      'iop-fit-check'
    );
    const urlRefused = __(
      'This link will not be used: it must be a web address (https:// or http://).',
      'iop-fit-check'
    );

    const quickExit =
      attributes.quickExit === undefined ? !!defaults.quick_exit : attributes.quickExit;
    const name = attributes.centerName || defaults.center_name || __('our team', 'iop-fit-check');
    const phone = attributes.phone || defaults.phone;
    const insurance = attributes.insuranceUrl || defaults.insurance_url;
    const view = attributes.view || defaults.view || 'full';
    const locale = attributes.locale || defaults.locale || '';

    const sidebar = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        {title: __('Your clinic', 'iop-fit-check'), initialOpen: true},
        text(
          'centerName',
          __('Clinic name', 'iop-fit-check'),
          __('Shown in the buttons, as in "Call Sample Recovery Center".', 'iop-fit-check')
        ),
        text(
          'phone',
          __('Phone number', 'iop-fit-check'),
          __('As visitors should see it, e.g. (555) 010-0100 or 555-0100 ext 12.', 'iop-fit-check'),
          isPhone,
          phoneRefused
        ),
        text(
          'insuranceUrl',
          __('Insurance check link', 'iop-fit-check'),
          __('Your page where visitors check their insurance.', 'iop-fit-check'),
          isWebUrl,
          urlRefused
        ),
        data.settingsUrl
          ? el(
              'p',
              null,
              el(
                'a',
                {href: data.settingsUrl},
                __('Site-wide settings for every fit check', 'iop-fit-check')
              )
            )
          : el(
              'p',
              null,
              __(
                'Empty fields use the site-wide settings from Settings → IOP Fit Check.',
                'iop-fit-check'
              )
            )
      ),
      el(
        PanelBody,
        {title: __('What it shows', 'iop-fit-check'), initialOpen: true},
        el(SelectControl, {
          label: __('What to show', 'iop-fit-check'),
          value: value('view'),
          options: withDefault(
            views,
            sprintf(
              __('Site setting (%s)', 'iop-fit-check'),
              labelOf(views, defaults.view || 'full')
            )
          ),
          onChange: set('view'),
        }),
        el(SelectControl, {
          label: __('Language', 'iop-fit-check'),
          help: __(
            'Visitors can still pick another language, unless the language menu is hidden.',
            'iop-fit-check'
          ),
          value: value('locale'),
          options: languages,
          onChange: set('locale'),
        }),
        el(ToggleControl, {
          label: __('Quick exit button', 'iop-fit-check'),
          help: __(
            'A button (and Shift pressed three times) that leaves for another site at once.',
            'iop-fit-check'
          ),
          checked: quickExit,
          onChange: (on) => props.setAttributes({quickExit: on}),
        }),
        quickExit
          ? text(
              'quickExitUrl',
              __('Quick exit goes to', 'iop-fit-check'),
              __('A harmless page; Google when empty.', 'iop-fit-check'),
              isWebUrl,
              urlRefused
            )
          : null
      ),
      el(
        PanelBody,
        {title: __('Colors', 'iop-fit-check'), initialOpen: false},
        color('colorPrimary', __('Buttons and links', 'iop-fit-check')),
        color('colorOnPrimary', __('Text on buttons', 'iop-fit-check')),
        color('colorFocus', __('Keyboard focus ring', 'iop-fit-check')),
        attributes.colorPrimary && attributes.colorOnPrimary
          ? el(ContrastChecker, {
              backgroundColor: attributes.colorPrimary,
              textColor: attributes.colorOnPrimary,
            })
          : null,
        el(SelectControl, {
          label: __('Light or dark', 'iop-fit-check'),
          value: value('colorScheme'),
          options: withDefault(schemes, __('Site setting', 'iop-fit-check')),
          onChange: set('colorScheme'),
        })
      ),
      el(
        PanelBody,
        {title: __('More settings', 'iop-fit-check'), initialOpen: false},
        el(SelectControl, {
          label: __('Heading level', 'iop-fit-check'),
          help: __("Fits the widget's headings into your page's outline.", 'iop-fit-check'),
          value: value('headingLevel'),
          options: withDefault(
            ['1', '2', '3', '4', '5', '6'].map((level) => ({value: level, label: 'H' + level})),
            __('Site setting', 'iop-fit-check')
          ),
          onChange: set('headingLevel'),
        }),
        text(
          'locales',
          __('Languages in the menu', 'iop-fit-check'),
          __('Codes separated by spaces, e.g. "en es zh-Hans". Empty: all.', 'iop-fit-check')
        ),
        el(ToggleControl, {
          label: __('Hide the language menu', 'iop-fit-check'),
          checked:
            attributes.hideLanguagePicker === undefined
              ? !!defaults.hide_language_picker
              : attributes.hideLanguagePicker,
          onChange: (on) => props.setAttributes({hideLanguagePicker: on}),
        }),
        text(
          'crisisPhone',
          __('Crisis line', 'iop-fit-check'),
          __('988 when empty (United States).', 'iop-fit-check'),
          isPhone,
          phoneRefused
        ),
        text(
          'emergencyPhone',
          __('Emergency number', 'iop-fit-check'),
          __('911 when empty.', 'iop-fit-check'),
          isPhone,
          phoneRefused
        ),
        text(
          'helplinePhone',
          __('Treatment helpline', 'iop-fit-check'),
          __('SAMHSA (1-800-662-4357) when empty.', 'iop-fit-check'),
          isPhone,
          phoneRefused
        )
      )
    );

    const summary = [
      sprintf(__('Clinic: %s', 'iop-fit-check'), name),
      phone
        ? sprintf(__('Phone: %s', 'iop-fit-check'), phone)
        : __('Phone: none, so no call button', 'iop-fit-check'),
      insurance
        ? sprintf(__('Insurance link: %s', 'iop-fit-check'), insurance)
        : __('Insurance link: none', 'iop-fit-check'),
      sprintf(__('Shows: %s', 'iop-fit-check'), labelOf(views, view)),
      sprintf(__('Language: %s', 'iop-fit-check'), labelOf(languages, locale)),
    ];

    return el(
      element.Fragment,
      null,
      sidebar,
      el(
        'div',
        useBlockProps(),
        el(
          Placeholder,
          {
            icon: 'clipboard',
            label: __('IOP Fit Check', 'iop-fit-check'),
            instructions: __(
              "The explainer and self-check appear on the published page. Visitors' answers never leave their browser.",
              'iop-fit-check'
            ),
          },
          el(
            'ul',
            {className: 'iop-fit-check-summary'},
            summary.map((line) => el('li', {key: line}, line))
          )
        )
      )
    );
  }

  blocks.registerBlockType('iop-fit-check/fit-check', {
    edit: Edit,
    // Dynamic: the page's markup is made in PHP at render time.
    save: () => null,
  });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.i18n
);
