// The matrix as one self-contained HTML page for a browser: no external
// assets, no network, inline CSS and a little inline JS (filters; the page
// works without it). Each cell opens to show the outlet's exact sentence with
// the statement marked and its offsets; rows where outlets disagree are
// highlighted and listed with links both ways. Every text is escaped.
import type { Matrix, Member, Row } from '../schema/matrix.js';
import { DISCREPANCY_NAMES, rowDiscrepancies, SYMBOL, summary } from './matrix-common.js';

const KIND_NAMES: Record<Member['kind'], string> = {
  direct: 'direct quotation',
  partial: 'partial quotation',
  indirect: 'indirect speech',
  'free-indirect': 'free indirect speech',
  'according-to': 'according to …',
  reported: 'reported',
  unattributed: 'unattributed sentence',
};

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function formatMatrixHtml(matrix: Matrix): string {
  const e = escapeHtml;
  const involved = new Set<string>();
  for (const d of matrix.discrepancies) if (d.type !== 'exclusive') for (const m of d.members) involved.add(`${d.row}\u0000${m.document}\u0000${m.statementId}`);

  const head = matrix.sources
    .map((s, i) => `<th class="src" scope="col" title="${e(`${s.id} — ${s.path}${s.title ? ` — ${s.title}` : ''}`)}"><span>${e(s.id)}</span><small>${i + 1}</small></th>`)
    .join('');
  const body = matrix.rows.map((row) => rowHtml(matrix, row, involved)).join('\n');
  const disagreements = matrix.discrepancies
    .map((d) => {
      if (d.type === 'exclusive') return '';
      const [head, ...rest] = d.message.split(': ');
      return `<li id="${e(d.id)}" class="d-${d.type}"><a href="#${e(d.row)}">${e(d.row)}</a> <b>${e(head)}</b>${rest.length ? `: ${e(rest.join(': '))}` : ''}</li>`;
    })
    .filter(Boolean)
    .join('\n');
  const exclusive = matrix.discrepancies
    .map((d) => (d.type === 'exclusive' ? `<li><b>${e(d.source)}</b>: ${d.rows.map((r) => `<a href="#${e(r)}">${e(r)}</a>`).join(', ')}</li>` : ''))
    .filter(Boolean)
    .join('\n');
  const sources = matrix.sources
    .map((s) => `<li><b>${e(s.id)}</b> <code>${e(s.path)}</code>${s.title ? ` — ${e(s.title)}` : ''}${s.name !== s.id ? ` <span class="dim">(credited as ${e(s.name)})</span>` : ''}</li>`)
    .join('\n');

  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claim matrix</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Claim matrix</h1>
<p class="summary">${e(summary(matrix))}</p>
<p class="legend"><span class="sym quote">${SYMBOL.quote}</span> quote: the outlet prints the words
<span class="sym paraphrase">${SYMBOL.paraphrase}</span> paraphrase: the outlet reports them
<span class="sym absent">${SYMBOL.absent}</span> absent
<span class="flag">⚠</span> outlets disagree. Click a symbol to see the outlet's sentence and its place in the article.</p>
<form class="filters" onsubmit="return false">
<label><input type="checkbox" id="f-shared"> only statements in two or more outlets</label>
<label><input type="checkbox" id="f-disagree"> only disagreements</label>
<input type="search" id="f-text" placeholder="filter by speaker or words" aria-label="filter by speaker or words">
</form>
</header>
<main>
<div class="scroll">
<table class="matrix">
<thead><tr><th scope="col">#</th><th scope="col">Speaker</th><th scope="col">Statement</th>${head}<th scope="col">⚠</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
${disagreements ? `<section id="disagreements"><h2>Disagreements</h2><ol>\n${disagreements}\n</ol></section>` : ''}
${exclusive && matrix.sources.length > 1 ? `<section id="exclusive"><h2>Only in one outlet</h2><ul>\n${exclusive}\n</ul></section>` : ''}
<section id="outlets"><h2>Outlets</h2><ol>\n${sources}\n</ol></section>
</main>
<script>${JS}</script>
</body>
</html>
`;
}

function rowHtml(matrix: Matrix, row: Row, involved: Set<string>): string {
  const e = escapeHtml;
  const ds = rowDiscrepancies(matrix, row);
  const cells = matrix.sources
    .map((s) => {
      const members = row.members.filter((m) => m.source === s.id);
      if (members.length === 0) return `<td class="cell absent" title="${e(s.id)}: absent">${SYMBOL.absent}</td>`;
      const cov = row.coverage[s.id] ?? 'paraphrase';
      const hot = members.some((m) => involved.has(`${row.id}\u0000${m.document}\u0000${m.statementId}`));
      const pops = members.map((m) => memberHtml(m)).join('');
      return `<td class="cell ${cov}${hot ? ' hot' : ''}"><details><summary title="${e(`${s.id}: ${cov}`)}">${SYMBOL[cov]}</summary><div class="pop"><p class="pop-src">${e(s.id)}</p>${pops}</div></details></td>`;
    })
    .join('');
  const flags = ds.map((d) => `<a class="badge d-${d.type}" href="#${e(d.id)}" title="${e(d.message)}">${e(DISCREPANCY_NAMES[d.type].name)}</a>`).join(' ');
  const count = Object.keys(row.coverage).length;
  return `<tr id="${e(row.id)}" data-count="${count}" class="${ds.length ? 'disagree' : ''}"><td class="rid">${e(row.id)}</td><td class="speaker">${row.speaker ? e(row.speaker) : '<span class="dim">—</span>'}</td><td class="text">${e(row.text)}</td>${cells}<td class="flags">${flags}</td></tr>`;
}

function memberHtml(m: Member): string {
  const e = escapeHtml;
  const from = clamp(m.start - m.sentenceStart, 0, m.sentence.length);
  const to = clamp(m.end - m.sentenceStart, from, m.sentence.length);
  const sentence = `${e(m.sentence.slice(0, from))}<mark>${e(m.sentence.slice(from, to))}</mark>${e(m.sentence.slice(to))}`;
  const beyond = m.end - m.sentenceStart > m.sentence.length ? ' <span class="dim">(continues in the next sentence)</span>' : '';
  return `<div class="member"><p class="meta">${e(KIND_NAMES[m.kind])}${m.speaker ? ` · ${e(m.speaker)}` : ''} · <code>${e(m.document)}</code> characters ${m.start}–${m.end}</p><blockquote>${sentence}${beyond}</blockquote></div>`;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

const CSS = `
:root{--fg:#1d1f23;--dim:#6b7280;--line:#d9dce1;--quote:#0b6bcb;--para:#b7791f;--bad:#c53030;--badbg:#fff5f5;--head:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
header,main{padding:0 24px}
h1{font-size:22px;margin:18px 0 4px}
h2{font-size:17px;margin:28px 0 8px}
.summary{margin:0 0 8px;color:var(--dim)}
.legend{margin:0 0 10px}
.sym{display:inline-block;width:1.2em;text-align:center;font-size:17px}
.quote .sym,.sym.quote,td.quote summary{color:var(--quote)}
.sym.paraphrase,td.paraphrase summary{color:var(--para)}
.sym.absent,td.absent{color:#b8bcc4}
.flag{color:var(--bad)}
.filters{display:flex;gap:18px;align-items:center;flex-wrap:wrap;margin:0 0 12px}
.filters input[type=search]{padding:4px 8px;border:1px solid var(--line);border-radius:4px;min-width:16em}
.scroll{overflow:auto;max-height:80vh;border:1px solid var(--line);border-radius:6px}
table.matrix{border-collapse:separate;border-spacing:0;width:100%}
.matrix th,.matrix td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
.matrix thead th{position:sticky;top:0;background:var(--head);z-index:2;font-weight:600;white-space:nowrap}
.matrix th.src{text-align:center;max-width:7em;overflow:hidden;text-overflow:ellipsis}
.matrix th.src span{display:block;max-width:7em;overflow:hidden;text-overflow:ellipsis}
.matrix th.src small{color:var(--dim);font-weight:400}
td.rid{color:var(--dim);white-space:nowrap}
td.speaker{white-space:nowrap;font-weight:500}
td.text{min-width:22em;max-width:46em}
td.cell{text-align:center;position:relative;width:3.2em}
td.cell summary{display:inline-block;list-style:none;cursor:pointer;font-size:19px;line-height:1;padding:3px 7px;border-radius:4px}
td.cell summary::-webkit-details-marker{display:none}
td.cell summary:hover,td.cell details[open] summary{background:#eef2f7}
td.cell.hot summary{outline:2px solid var(--bad);outline-offset:-2px}
.pop{position:absolute;z-index:5;top:100%;right:0;width:30em;max-width:80vw;text-align:left;background:#fff;border:1px solid var(--line);border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.15);padding:10px 12px;font-size:14px}
.pop-src{margin:0 0 6px;font-weight:600}
.member+.member{border-top:1px dashed var(--line);margin-top:8px;padding-top:8px}
.meta{margin:0 0 4px;color:var(--dim);font-size:12.5px}
blockquote{margin:0;padding-left:10px;border-left:3px solid var(--line)}
mark{background:#fff3b0;padding:0 1px}
tr.disagree td{background:var(--badbg)}
tr.disagree td.rid{box-shadow:inset 3px 0 0 var(--bad)}
.badge{display:inline-block;font-size:12px;white-space:nowrap;color:var(--bad);border:1px solid var(--bad);border-radius:10px;padding:0 6px;margin:1px 0;text-decoration:none;background:#fff}
#disagreements li{margin:4px 0}
#disagreements li b{color:var(--bad)}
.dim{color:var(--dim)}
code{font-size:12.5px;background:#f3f4f6;padding:0 3px;border-radius:3px}
tr.hidden{display:none}
:target{outline:2px solid var(--quote)}
`;

const JS = `
(function(){
  var rows=[].slice.call(document.querySelectorAll('table.matrix tbody tr'));
  var shared=document.getElementById('f-shared'),dis=document.getElementById('f-disagree'),text=document.getElementById('f-text');
  function apply(){
    var q=text.value.trim().toLowerCase();
    rows.forEach(function(r){
      var hide=(shared.checked&&+r.dataset.count<2)||(dis.checked&&!r.classList.contains('disagree'))||(q&&r.textContent.toLowerCase().indexOf(q)<0);
      r.classList.toggle('hidden',!!hide);
    });
  }
  [shared,dis].forEach(function(x){x.addEventListener('change',apply)});
  text.addEventListener('input',apply);
  document.addEventListener('toggle',function(ev){
    var d=ev.target;
    if(d.tagName!=='DETAILS'||!d.open)return;
    document.querySelectorAll('td.cell details[open]').forEach(function(o){if(o!==d)o.open=false});
  },true);
  document.body.setAttribute('data-ready','1');
})();
`;
