// A tiny app, as a partner's developer would write it: import the package by
// name, add the widget, and show it in Spanish.
import 'iop-fit-check';

const widget = document.createElement('iop-fit-check');
widget.setAttribute('locale', 'es');
widget.setAttribute('center-name', 'Sample Recovery Center');
document.body.append(widget);
