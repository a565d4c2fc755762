import {expect} from '@open-wc/testing';
import {parseHeadingLevel, parsePhone, parseView, parseWebUrl} from '../src/validate.js';

describe('attribute validation', () => {
  it('dials a phone with its digits, a leading + and an extension', () => {
    expect(parsePhone('(555) 010-0100')).to.deep.equal({
      text: '(555) 010-0100',
      href: 'tel:5550100100',
    });
    expect(parsePhone('+1 555.010.0100')?.href).to.equal('tel:+15550100100');
    expect(parsePhone('555-010-0100 ext. 42')?.href).to.equal('tel:5550100100;ext=42');
    expect(parsePhone('555 010 0100 x7')?.href).to.equal('tel:5550100100;ext=7');
    expect(parsePhone('988')?.href).to.equal('tel:988');
  });

  it('refuses phones with letters, script, too few digits or nothing', () => {
    for (const bad of [
      '12',
      'call us',
      'javascript:alert(1)',
      '555<b>1</b>',
      '',
      '  ',
      null,
      undefined,
      '5+55 0100',
    ]) {
      expect(parsePhone(bad), String(bad)).to.equal(undefined);
    }
  });

  it('keeps only http and https links', () => {
    const base = 'https://clinic.example/iop/';
    expect(parseWebUrl('https://clinic.example/insurance', base)).to.equal(
      'https://clinic.example/insurance'
    );
    expect(parseWebUrl('/insurance', base)).to.equal('https://clinic.example/insurance');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,hi',
      'mailto:a@b.c',
      'http://[',
      '',
    ]) {
      expect(parseWebUrl(bad, base), bad).to.equal(undefined);
    }
  });

  it('knows the three views and heading levels 1 to 6', () => {
    expect(parseView('quiz')).to.equal('quiz');
    expect(parseView('popup')).to.equal(undefined);
    expect(parseHeadingLevel('3')).to.equal(3);
    for (const bad of ['0', '7', '2.5', 'h2'])
      expect(parseHeadingLevel(bad), bad).to.equal(undefined);
  });
});
