/**
 * The embed builder page (demo/builder.html): a form, a live preview and the
 * snippet to paste. It checks values with the widget's own validation module
 * and shows the widget's own warning text, so what the builder accepts is
 * exactly what the widget accepts.
 */
import '../register.js';
import {parsePhone, parseWebUrl} from '../validate.js';
import {rejectionMessage} from '../warn.js';
import {contrastRatio} from './contrast.js';
import {palette} from '../styles/palette.js';
import {snippet} from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const output = document.querySelector<HTMLElement>('#snippet')!;
const contrastStatus = document.querySelector<HTMLElement>('#contrast')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

const field = (name: string) =>
  form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
const value = (name: string) => field(name).value.trim();

/** The widget's defaults, so the snippet carries only what differs. */
const defaultColors: Record<string, string> = {
  primary: palette.primary.light,
  surface: palette.surface.light,
  text: palette.text.light,
};
const onPrimary = palette['on-primary'].light;

function showError(name: string, message: string | undefined) {
  const input = field(name);
  const error = document.getElementById(`${name}-error`)!;
  error.textContent = message ?? '';
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** A font-family value safe to put in a <style> block: no markup, no new rules. */
const safeFont = (font: string) => (/^[\w\s,'"-]*$/.test(font) ? font : undefined);

function update() {
  const attributes: [string, string][] = [];
  const text = (name: string) => value(name) && attributes.push([name, value(name)]);

  text('center-name');
  const phone = value('phone');
  const phoneOk = !phone || parsePhone(phone);
  showError('phone', phoneOk ? undefined : rejectionMessage('phone', phone));
  if (phone && phoneOk) attributes.push(['phone', phone]);

  const insurance = value('insurance-url');
  const insuranceOk = !insurance || parseWebUrl(insurance, location.href);
  showError(
    'insurance-url',
    insuranceOk ? undefined : rejectionMessage('insurance-url', insurance)
  );
  if (insurance && insuranceOk) attributes.push(['insurance-url', insurance]);

  if (value('locale')) attributes.push(['locale', value('locale')]);
  if (value('view') !== 'full') attributes.push(['view', value('view')]);
  if (value('color-scheme') !== 'light') attributes.push(['color-scheme', value('color-scheme')]);

  const properties: [string, string][] = [];
  for (const name of Object.keys(defaultColors)) {
    if (value(name).toLowerCase() !== defaultColors[name])
      properties.push([`--iop-color-${name}`, value(name)]);
  }
  const radius = Number(value('radius'));
  if (Number.isFinite(radius) && radius >= 0 && radius !== 8)
    properties.push(['--iop-radius', `${radius}px`]);
  const font = value('font');
  showError(
    'font',
    font && !safeFont(font) ? 'Use only font names, spaces, commas and quotes.' : undefined
  );
  if (font && safeFont(font)) properties.push(['--iop-font-family', font]);

  // The preview takes exactly what the snippet says (attributes, then custom properties by CSSOM).
  for (const name of [...preview.getAttributeNames()])
    if (name !== 'id') preview.removeAttribute(name);
  for (const [name, attributeValue] of attributes) preview.setAttribute(name, attributeValue);
  preview.removeAttribute('style');
  for (const [name, propertyValue] of properties) preview.style.setProperty(name, propertyValue);

  output.textContent = snippet({scriptUrl: value('script-url'), attributes, properties});
  checkContrast();
}

function checkContrast() {
  const pairs: [string, string, string][] = [
    ['Text on the background', value('text'), value('surface')],
    ['Button text on the primary color', onPrimary, value('primary')],
    ['Links (primary color) on the background', value('primary'), value('surface')],
  ];
  const failing = pairs
    .map(([label, a, b]) => [label, contrastRatio(a, b)] as const)
    .filter(([, ratio]) => ratio < 4.5)
    .map(
      ([label, ratio]) =>
        `${label}: ${ratio.toFixed(1)}:1, below the 4.5:1 that WCAG AA asks for. Pick a darker or lighter color.`
    );
  contrastStatus.textContent = failing.join(' ');
  contrastStatus.hidden = failing.length === 0;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

document.querySelector('#copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.textContent ?? '');
    copyStatus.textContent = 'Copied. Paste it into your page where the widget should appear.';
  } catch {
    getSelection()?.selectAllChildren(output);
    copyStatus.textContent =
      'Your browser blocked copying. The snippet is selected: press Ctrl+C (or Cmd+C) to copy it.';
  }
});

update();
