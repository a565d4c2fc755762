const printingAttribute = 'data-iop-printing';
let pageSheet: CSSStyleSheet | undefined;

/** Hides the rest of the page in print, made once when first needed. */
function printPageSheet() {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(
      `@media print { body *:not(:has([${printingAttribute}])):not([${printingAttribute}]):not([${printingAttribute}] *) { display: none !important; } }`
    );
  }
  return pageSheet;
}

/** How long a print dialog has to open before we decide it never will. */
const openingTime = 1000;

/**
 * Prints `widget` alone: a sheet on the page hides everything else in print,
 * from just before print() until afterprint. Engines differ in when they fire
 * the print events: Chromium and Firefox fire beforeprint and afterprint inside
 * print(); WebKit may fire them after print() has returned. So the sheet goes on
 * first and comes off at afterprint, whatever the order; if no print event
 * comes soon, the dialog never opened (blocked), and it comes off then, so a
 * later Ctrl+P prints the whole page.
 */
export function printAlone(widget: HTMLElement) {
  const sheet = printPageSheet();
  let opened = false;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const markOpened = () => (opened = true);
  const finish = () => {
    done = true;
    clearTimeout(timer);
    removeEventListener('beforeprint', markOpened);
    removeEventListener('afterprint', finish);
    widget.removeAttribute(printingAttribute);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  widget.setAttribute(printingAttribute, '');
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  addEventListener('beforeprint', markOpened);
  addEventListener('afterprint', finish);
  print();
  if (!done) timer = setTimeout(() => opened || finish(), openingTime);
}
