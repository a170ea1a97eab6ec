// Saved news pages: the article text without site chrome, one block a line,
// and the page's metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../src/io/html.js';
import { inputs } from './io-helpers.js';

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="de"><head>${head}</head><body>${body}</body></html>`;
const lines = (html: string) => htmlToArticle(html).text.split('\n');

describe('htmlToArticle on a saved news page (fixtures/inputs/news-page.html)', () => {
  const article = htmlToArticle(readFileSync(join(inputs, 'news-page.html'), 'utf8'));

  it('keeps the article, one block a line, and drops nav, cookie banner, related box, captions, share, newsletter, comments, footer and scripts', () => {
    expect(article.text.split('\n')).toEqual([
      'Stadtrat beschließt Ausbau der Straßenbahn bis 2031',
      'Von Miriam Feldhaus · 14. März 2025',
      'Nach monatelangem Streit hat der Stadtrat am Donnerstagabend den Ausbau der Straßenbahn beschlossen. Die neue Strecke soll bis 2031 den Nordbahnhof mit dem Klinikum verbinden.',
      '„Das ist ein guter Tag für alle, die täglich im Stau stehen“, sagte Oberbürgermeisterin Helga Brandt nach der Abstimmung. Die Kosten von rund 240\u00a0Millionen Euro seien „gut angelegtes Geld“.',
      'Die Opposition sieht das anders. Der Fraktionschef der Bürgerliste, Jonas Keller, sprach von einem „Millionengrab“. Er kritisierte, die Stadt habe die Folgekosten für Wartung & Personal nicht ausreichend geprüft.',
      'Bauarbeiten ab Herbst 2026',
      'Laut Verkehrsdezernent Stefan Wolf sollen die Bauarbeiten im Herbst 2026 beginnen. Der Verkehrsverbund teilte mit, während der Bauzeit würden Ersatzbusse eingesetzt.',
      'Anwohner der Nordstraße forderten, „endlich mit uns zu reden“, bevor Bäume gefällt werden.',
    ]);
  });

  it.each(['Cookies', 'Lokales', 'Startseite', 'Foto: Archiv', 'Mehr zum Thema', 'Teilen', 'Newsletter', 'Kommentare', 'Endlich!', 'Meistgelesen', 'Impressum', 'JavaScript', 'dataLayer', 'Schlagwörter'])(
    'has no trace of %j',
    (chrome) => {
      expect(article.text).not.toContain(chrome);
    },
  );

  it('reads the metadata', () => {
    expect({ ...article, text: undefined }).toEqual({
      text: undefined,
      title: 'Stadtrat beschließt Ausbau der Straßenbahn bis 2031',
      source: 'Rheintal-Kurier',
      author: 'Miriam Feldhaus',
      date: '2025-03-14T17:05:00+01:00',
      url: 'https://www.rheintal-kurier.example/lokales/strassenbahn-ausbau-2031',
    });
  });
});

describe('htmlToArticle, case by case', () => {
  it.each([
    ['entities', '<p>&bdquo;Wir sind bereit&ldquo;, sagte S&ouml;der. &raquo;Nein&laquo; &amp; &#8222;Ja&#8220;</p>', ['„Wir sind bereit“, sagte Söder. »Nein« & „Ja“']],
    ['soft hyphens and zero-width spaces go', '<p>Bundes&shy;gesundheits&shy;minister\u200bLauterbach sagte es.</p>', ['BundesgesundheitsministerLauterbach sagte es.']],
    ['white space collapses', '<p>  Die   Ministerin\n\t  sagte   es.  </p>', ['Die Ministerin sagte es.']],
    ['<br> ends a line', '<p>Erste Zeile<br>Zweite Zeile</p>', ['Erste Zeile', 'Zweite Zeile']],
    ['headings stand alone', '<div><h2>Zwischentitel</h2>Text danach <b>fett</b> und <a href="#">verlinkt</a>.</div>', ['Zwischentitel', 'Text danach fett und verlinkt.']],
    ['list items one a line', '<ul><li>Erstens</li><li>Zweitens</li></ul>', ['Erstens', 'Zweitens']],
    ['<q> gets German marks', '<p>Er nannte es <q>unverantwortlich</q>.</p>', ['Er nannte es „unverantwortlich“.']],
    ['<pre> keeps its lines', '<pre>Zeile eins\nZeile zwei</pre>', ['Zeile eins', 'Zeile zwei']],
    ['blockquote is kept', '<blockquote>„Wir bleiben“, sagte sie.</blockquote>', ['„Wir bleiben“, sagte sie.']],
    ['hidden, aria-hidden and display:none go', '<p>Sichtbar.</p><p hidden>Versteckt.</p><span aria-hidden="true">Icon</span><div style="display: none">Weg</div>', ['Sichtbar.']],
    ['chrome roles go', '<div role="navigation">Menü</div><div role="complementary">Rand</div><p>Inhalt.</p>', ['Inhalt.']],
    ['chrome classes and ids go', '<div class="teaser-box">Lesen Sie auch</div><div id="socialShare">Teilen</div><div class="ad">Anzeige</div><p>Inhalt.</p>', ['Inhalt.']],
    ['words that merely start like chrome stay', '<div class="canvas-wrapper navy"><p>Inhalt.</p></div>', ['Inhalt.']],
  ])('%s', (_name, body, expected) => {
    expect(lines(page(body))).toEqual(expected);
  });

  it('prefers [itemprop=articleBody] and puts the headline above it', () => {
    const html = page('<div class="top"><h1>Schlagzeile</h1><p>Anriss eines anderen Artikels.</p></div><div itemprop="articleBody"><p>Der eigentliche Text.</p></div>');
    expect(lines(html)).toEqual(['Schlagzeile', 'Der eigentliche Text.']);
  });

  it('takes the longest <article> when teasers are articles too', () => {
    const long = 'Der Text des Artikels ist lang genug, um als Artikel zu gelten. '.repeat(5).trim();
    const html = page(`<article><p>Kurzer Teaser.</p></article><article><h1>Titel</h1><p>${long}</p></article><article><p>Noch ein Teaser.</p></article>`);
    expect(lines(html)).toEqual(['Titel', long]);
  });

  it('keeps an article header inside <article>, drops the page header outside it', () => {
    const long = 'Ein Satz des Artikels, der die Länge ausmacht. '.repeat(6).trim();
    const html = page(`<header><a>Logo</a> Zeitung</header><article><header class="article-header"><h1>Titel</h1></header><p>${long}</p></article>`);
    expect(lines(html)).toEqual(['Titel', long]);
  });

  it('never takes a logo in the page header for the headline', () => {
    const html = page('<header><h1 class="logo">Tagesblatt</h1></header><div class="content"><h1>Die Schlagzeile</h1><p>Der Text.</p></div>');
    expect(lines(html)).toEqual(['Die Schlagzeile', 'Der Text.']);
    expect(htmlToArticle(html).title).toBe('Die Schlagzeile');
  });

  it('keeps a wrapper that holds the article even when its class sounds like chrome', () => {
    const html = page('<div class="page-header-wrapper"><p>Der ganze Artikel steht hier, Satz um Satz.</p><p>Und noch mehr.</p></div><div class="cookie">OK?</div>');
    expect(lines(html)).toEqual(['Der ganze Artikel steht hier, Satz um Satz.', 'Und noch mehr.']);
  });

  it('keeps a page wrapped in one <form> (as some CMS do)', () => {
    expect(lines(page('<form id="aspnetForm"><main><p>Der Text.</p></main></form>'))).toEqual(['Der Text.']);
  });

  it.each([
    ['og:title first', '<meta property="og:title" content="OG"><title>Titel | Seite</title>', '<h1>H1</h1>', 'OG'],
    ['then <h1>', '<title>Titel | Seite</title>', '<h1>H1</h1>', 'H1'],
    ['then <title>', '<title>Titel | Seite</title>', '<p>Text</p>', 'Titel | Seite'],
  ])('title: %s', (_name, head, body, title) => {
    expect(htmlToArticle(page(body, head)).title).toBe(title);
  });

  it('reads outlet, author and date from JSON-LD when the meta tags are missing', () => {
    const ld = JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': ['NewsArticle'], datePublished: '2024-05-01', author: [{ name: 'A. Muster' }, { name: 'B. Beispiel' }], publisher: { name: 'Tagesblatt' } }]);
    const got = htmlToArticle(page('<p>Text.</p>', `<script type="application/ld+json">${ld}</script>`));
    expect([got.source, got.author, got.date]).toEqual(['Tagesblatt', 'A. Muster, B. Beispiel', '2024-05-01']);
  });

  it('skips broken JSON-LD and falls back to <time datetime>', () => {
    const got = htmlToArticle(page('<p>Text <time datetime="2023-01-02">2. Januar</time>.</p>', '<script type="application/ld+json">{broken</script><meta name="application-name" content="Blatt">'));
    expect([got.source, got.date, got.author]).toEqual(['Blatt', '2023-01-02', null]);
  });

  it('ignores an article:author that is a profile URL', () => {
    expect(htmlToArticle(page('<p>x</p>', '<meta property="article:author" content="https://facebook.com/x">')).author).toBeNull();
  });

  it('survives 20 000 nested elements and unclosed tags', () => {
    const deep = '<div>'.repeat(20_000) + '<p>Tief drinnen.' + '<span><b><i>';
    expect(lines(page(deep))).toEqual(['Tief drinnen.']);
  });

  it('gives an empty text for a page without text', () => {
    expect(htmlToArticle(page('<nav>Menü</nav><script>var a = 1;</script>')).text).toBe('');
  });
});
