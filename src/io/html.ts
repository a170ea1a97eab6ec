// A saved news page to article text and metadata. What a page holds besides
// the article, and what happens to it:
//   <nav>, <aside>, <form>, <script>, <style>, <figcaption>, <footer>   dropped
//   <div class="cookie-banner">, <section id="related-articles">       dropped by class/id/role
//   <article>, [itemprop=articleBody], <main>                          preferred as the text's root
//   <h1>…</h1><p>…</p><li>…</li>                                       one line each
//   &bdquo;Wir&nbsp;werden&hellip;&ldquo;                              decoded: „Wir werden…“
// Metadata: title (og:title, <h1>, <title>), outlet (og:site_name,
// application-name, JSON-LD publisher), author (meta author, JSON-LD author),
// date (article:published_time, JSON-LD datePublished, <time datetime>) and
// url (canonical link, og:url). Offsets refer to the extracted text.
import { Parser } from 'htmlparser2';

export interface HtmlArticle {
  text: string;
  title: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
}

interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent: El | null;
}

// Elements that never hold article text.
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'aside', 'figcaption', 'nav', 'footer', 'iframe', 'svg', 'math',
  'button', 'select', 'option', 'textarea', 'input', 'label', 'canvas', 'object', 'embed', 'video', 'audio',
  'dialog', 'head', 'title', 'menu', 'map', 'picture', 'img', 'source',
]);
// Elements that end a line.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl',
  'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'figure', 'address', 'hr', 'br',
  'body', 'html', 'center', 'details', 'summary', 'caption', 'form', 'fieldset', 'legend',
]);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'alert']);
// Class or id words of site chrome: "cookie-banner", "related_articles", "socialShare", "breadcrumb".
const CHROME_WORD = /^(cookie|consent|banner|related|teaser|newsletter|share|sharing|social|comment|breadcrumb|nav|menu|footer|promo|advert|sidebar|paywall|recommend|subscribe|popup|modal|skip|hidden|anzeige|werbung|outbrain|taboola)/;
const CHROME_TOKEN = new Set(['ad', 'ads', 'sr-only', 'visually-hidden', 'visuallyhidden', 'print-only']);
const JSONLD_ARTICLE = /Article|BlogPosting|Report/;

export function parseHtml(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  let cur = root;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { tag: name, attrs, children: [], parent: cur };
        cur.children.push(el);
        cur = el;
      },
      onclosetag() {
        cur = cur.parent ?? root;
      },
      ontext(data) {
        const last = cur.children[cur.children.length - 1];
        if (typeof last === 'string') cur.children[cur.children.length - 1] = last + data;
        else cur.children.push(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

/** Article text and metadata of a news page. */
export function htmlToArticle(html: string): HtmlArticle {
  const doc = parseHtml(html);
  const all = elements(doc);
  const length = textLengths(all);
  const body = all.find((e) => e.tag === 'body') ?? doc;

  const root = contentRoot(all, length) ?? body;
  const keepHeader = root !== body && root !== doc;
  const lines = blockText(root, length, keepHeader);

  // The headline often stands above the article body: "<h1>…</h1><div itemprop=articleBody>…".
  const isHeadline = (e: El) => e.tag === 'h1' && !inChrome(e);
  const h1 = inside(all, root).find(isHeadline) ?? all.find(isHeadline) ?? null;
  const h1Text = h1 ? inlineText(h1) : '';
  if (h1Text && !lines.includes(h1Text)) lines.unshift(h1Text);

  const meta = metaTags(all);
  const ld = jsonLd(all);
  const timeEl = inside(all, root).find((e) => e.tag === 'time' && e.attrs.datetime) ?? all.find((e) => e.tag === 'time' && e.attrs.datetime);
  const titleEl = all.find((e) => e.tag === 'title');
  const canonical = all.find((e) => e.tag === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attrs.rel ?? '') && e.attrs.href);

  return {
    text: lines.join('\n'),
    title: first(meta.get('og:title'), h1Text, titleEl ? inlineText(titleEl) : null),
    source: first(meta.get('og:site_name'), meta.get('application-name'), nameOf(ld?.publisher)),
    author: first(meta.get('author'), nameOf(ld?.author), notUrl(meta.get('article:author'))),
    date: first(meta.get('article:published_time'), str(ld?.datePublished), timeEl?.attrs.datetime, meta.get('date'), meta.get('dc.date'), meta.get('pubdate')),
    url: first(canonical?.attrs.href, meta.get('og:url')),
  };
}

/** Every element in document order (iterative: pages may nest deeply). */
function elements(root: El): El[] {
  const out: El[] = [];
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
}

/** Visible text length of every element (children come after parents in `all`, so walk backwards). */
function textLengths(all: El[]): Map<El, number> {
  const len = new Map<El, number>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (el.tag === 'script' || el.tag === 'style' || el.tag === 'noscript' || el.tag === 'template') {
      len.set(el, 0);
      continue;
    }
    let n = 0;
    for (const c of el.children) n += typeof c === 'string' ? c.trim().length : len.get(c) ?? 0;
    len.set(el, n);
  }
  return len;
}

function inside(all: El[], root: El): El[] {
  const set = new Set(elements(root));
  return all.filter((e) => set.has(e));
}

/** The element that holds the article: articleBody, else the longest <article>, else <main>. */
function contentRoot(all: El[], length: Map<El, number>): El | null {
  const longest = (els: El[]) => els.reduce<El | null>((best, e) => (!best || length.get(e)! > length.get(best)! ? e : best), null);
  const body = longest(all.filter((e) => e.attrs.itemprop === 'articleBody'));
  if (body && length.get(body)! > 0) return body;
  const article = longest(all.filter((e) => e.tag === 'article' && !inChrome(e)));
  if (article && length.get(article)! >= 200) return article;
  const main = longest(all.filter((e) => e.tag === 'main' || e.attrs.role === 'main'));
  if (main && length.get(main)! > 0) return main;
  return article && length.get(article)! > 0 ? article : null;
}

/** Is this element (or an ancestor) site chrome? */
function inChrome(el: El): boolean {
  let inArticle = false;
  for (let e: El | null = el; e; e = e.parent) if (e.tag === 'article' || e.tag === 'main' || e.attrs.itemprop === 'articleBody') inArticle = true;
  for (let e: El | null = el; e; e = e.parent) {
    if (DROP.has(e.tag) || (e.tag === 'header' && !inArticle) || chromeByAttrs(e, inArticle)) return true;
  }
  return false;
}

function chromeByAttrs(el: El, keepHeader: boolean): boolean {
  const a = el.attrs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style)) return true;
  if (a.role && CHROME_ROLES.has(a.role.toLowerCase())) return true;
  for (const token of `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    if (CHROME_TOKEN.has(token)) return true;
    for (const part of token.split(/[-_]+/)) {
      if (!part) continue;
      if (CHROME_WORD.test(part) || (part.startsWith('header') && !keepHeader)) return true;
    }
  }
  return false;
}

/** The text below `root`, one line per block, chrome left out. */
function blockText(root: El, length: Map<El, number>, keepHeader: boolean): string[] {
  const rootLength = length.get(root) ?? 0;
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/[\u00ad\u200b]/g, '').replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  // A wrapper that holds most of the text is never chrome, whatever its class says ("page-header-wrapper").
  const holdsArticle = (el: El) => (length.get(el) ?? 0) > rootLength * 0.5;
  const skip = (el: El) => {
    if (el === root) return false;
    if (DROP.has(el.tag)) return true;
    if (el.tag === 'header' && !keepHeader) return true;
    if (el.tag === 'form') return !holdsArticle(el);
    return chromeByAttrs(el, keepHeader) && !holdsArticle(el);
  };

  type Step = { el: El; exit: boolean } | { text: string };
  const stack: Step[] = [{ el: root, exit: false }];
  let pre = 0;
  while (stack.length) {
    const step = stack.pop()!;
    if ('text' in step) {
      if (pre > 0) {
        const parts = step.text.split(/\r\n|\r|\n/);
        parts.forEach((p, i) => {
          if (i > 0) flush();
          line += p;
        });
      } else line += step.text;
      continue;
    }
    const { el, exit } = step;
    if (exit) {
      if (el.tag === 'q') line += '“';
      if (el.tag === 'pre') pre--;
      if (BLOCK.has(el.tag)) flush();
      continue;
    }
    if (skip(el)) {
      if (BLOCK.has(el.tag)) flush();
      continue;
    }
    if (BLOCK.has(el.tag)) flush();
    if (el.tag === 'q') line += '„';
    if (el.tag === 'pre') pre++;
    stack.push({ el, exit: true });
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      stack.push(typeof c === 'string' ? { text: c } : { el: c, exit: false });
    }
  }
  flush();
  return lines;
}

/** The text of an element on one line. */
function inlineText(el: El): string {
  let out = '';
  const stack: (El | string)[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      out += n;
      continue;
    }
    if (n.tag === 'script' || n.tag === 'style') continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim();
}

/** <meta property|name|itemprop=… content=…>, first one wins, names lower-cased. */
function metaTags(all: El[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of all) {
    if (e.tag !== 'meta' || e.attrs.content === undefined) continue;
    const key = (e.attrs.property ?? e.attrs.name ?? e.attrs.itemprop ?? '').toLowerCase();
    const value = e.attrs.content.replace(/\s+/g, ' ').trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

type Json = Record<string, unknown>;

/** The first Article-like object in the page's JSON-LD (also inside arrays and @graph). */
function jsonLd(all: El[]): Json | null {
  for (const e of all) {
    if (e.tag !== 'script' || (e.attrs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(e.children.filter((c): c is string => typeof c === 'string').join(''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const d = queue.shift();
      if (Array.isArray(d)) queue.push(...d);
      else if (d && typeof d === 'object') {
        const o = d as Json;
        const type = o['@type'];
        if ((Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && JSONLD_ARTICLE.test(t))) return o;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
      }
    }
  }
  return null;
}

/** "Anna Muster", {name: "Anna Muster"}, or a list of them. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return nameOf((v as Json).name);
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function notUrl(v: string | undefined): string | null {
  return v && !/^https?:\/\//i.test(v) ? v : null;
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v && v.trim()) return v.trim();
  return null;
}
