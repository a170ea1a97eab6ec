import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';


describe('quotation marks', () => {
  it.each([
    ['„Wir sind bereit“, sagte Scholz.', 'Wir sind bereit'],
    ['“Wir sind bereit”, sagte Scholz.', 'Wir sind bereit'],
    ['»Wir sind bereit«, sagte Scholz.', 'Wir sind bereit'],
    ['«Wir sind bereit», sagte Scholz.', 'Wir sind bereit'],
    ['"Wir sind bereit", sagte Scholz.', 'Wir sind bereit'],
  ])('%s', (text, expected) => {
    expect(extractText(text).quotes.map((q) => q.text)).toEqual([expected]);
  });

  it('keeps a nested quotation inside its quotation', () => {
    const doc = extractText('„Er nannte das ‚unrealistisch‘ und ging“, sagte die Ministerin Anna Berg.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['Er nannte das ‚unrealistisch‘ und ging']);
  });

  it('continues a quotation into the next paragraph that opens with a mark', () => {
    const text = 'Die Ministerin Anna Berg sagte: „Wir bleiben.\n„Und wir kämpfen weiter.“';
    const doc = extractText(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text).toBe('Wir bleiben.\n„Und wir kämpfen weiter.');
  });

  it('warns about a quotation that never closes and extracts the rest', () => {
    const doc = extractText('Er sagte: „Das endet nie.\nScholz sagte: „Wir sind bereit.“');
    expect(doc.warnings.some((w) => w.code === 'unclosed-quote')).toBe(true);
    expect(doc.quotes.map((q) => q.text)).toContain('Wir sind bereit.');
  });
});

describe('quote kinds: statements, fragments and titles', () => {
  it.each([
    ['„Manchmal muss man auch Wahlen haben.“', 'direct'],
    ['Er bezeichnete den Beitritt als „praktisch ausgeschlossen“.', 'partial'],
    ['Sluzki sprach von einer „kalten Dusche für Selenskyj“.', 'partial'],
    ['Er sah den Film „Der Pate“ im Kino.', null],
    ['Die Oper „Rigoletto“ hatte Premiere.', null],
    ['Das berichtete die „New York Times“ am Montag.', null],
    ['Die sogenannte „Sauerlandlinie“ ist gesperrt.', null],
    ['Das Profil, auch „BD-Live“ genannt, kommt später.', null],
  ])('%s → %s', (text, kind) => {
    const doc = extractText(text);
    expect(doc.quotes[0]?.kind ?? null).toBe(kind);
  });
});

describe('speakers', () => {
  it.each([
    ['cue after', '„Es gibt keinen Zweifel daran“, sagte der demokratische Senator Chris Murphy.', 'Chris Murphy'],
    ['so X', '„Wir verhandeln weiter“, so Kremlsprecher Dmitri Peskow.', 'Dmitri Peskow'],
    ['cue before with colon', 'US-Präsident Donald Trump telefonierte lange. Trump erklärte dazu: „Ein Teil des Landes wird zurückkommen.“', 'Donald Trump'],
    ['fronted adverbial', 'Als Begründung sagte ein Sprecher der Regierung: „Das ist ein breites Feld.“', 'Sprecher'],
    ['inverted', '„Wir haben das bestätigt“, erklärte der Kremlsprecher Dmitri Peskow.', 'Dmitri Peskow'],
    ['headline style', 'Trump: Rückkehr zu den Grenzen "unwahrscheinlich"', 'Trump'],
    ['pronoun', 'Einen Dämpfer erhielt Kiew von US-Verteidigungsminister Pete Hegseth. Er bezeichnete den Beitritt als „praktisch ausgeschlossen“.', 'Pete Hegseth'],
    ['role noun', 'US-Präsident Donald Trump sprach mit Putin. „Das glaube ich nicht“, fügte der US-Präsident hinzu.', 'Donald Trump'],
    ['organisation', '„Das Treffen findet statt“, teilte das Weiße Haus mit.', 'Weißes Haus'],
    ['laut', 'Laut Finanzminister Scott Bessent soll das Land das Geld „zurückbekommen“.', 'Scott Bessent'],
    ['quote alone after its speaker', 'Trump kündigte an, Selenskyj zu informieren. „Ich glaube, dass diese Bemühungen erfolgreich sein werden!“', 'Trump'],
  ])('%s: %s', (_name, text, speaker) => {
    const doc = extractText(text);
    expect(doc.quotes[0]?.speaker?.name).toBe(speaker);
  });

  it('records resolvedBy and the mention as printed', () => {
    const doc = extractText('Kanzler Olaf Scholz kam. „Wir bleiben“, sagte er.');
    const s = doc.quotes[0].speaker!;
    expect([s.text, s.name, s.resolvedBy]).toEqual(['er', 'Olaf Scholz', 'pronoun']);
  });

  it('names the organisation a spokesperson speaks for', () => {
    const doc = extractText('„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow.');
    expect(doc.quotes[0].speaker?.affiliation).toBe('Kreml');
  });
});

describe('offsets', () => {
  it('every span is the text at its offsets', () => {
    const text = 'Kanzler Olaf Scholz kam. „Wir bleiben“, sagte er. Laut Scholz sei das klar.';
    const doc = extractText(text);
    for (const s of [...doc.quotes, ...doc.claims]) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      if (s.speaker) expect(text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text);
      if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    }
  });
});
