// The benchmark's figures as a table, and each figure against its target.
import Table from 'cli-table3';

// The result is plain JSON; the report reads it loosely.
type Json = Record<string, any>;

export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

const fmt = (x: unknown, unit = '', digits = 2): string =>
  typeof x === 'number' && Number.isFinite(x) ? `${Number(x.toFixed(digits))}${unit}` : 'n/a';

/** The product's targets, checked against the figures (null: not measured). */
export function targets(r: Json): Target[] {
  const out: Target[] = [];
  const add = (name: string, target: string, measured: string, met: boolean | null) => out.push({ name, target, measured, met });
  const e2e = r.extract?.endToEnd;
  const inp = r.extract?.inProcess;
  add('extract throughput, one core (end-to-end)', '≥ 5 MB/s', fmt(e2e?.mbPerSec, ' MB/s'), e2e ? e2e.mbPerSec >= 5 : null);
  add('extract throughput, one core (in-process)', '≥ 5 MB/s', fmt(inp?.mbPerSec, ' MB/s'), inp ? inp.mbPerSec >= 5 : null);
  const sp = r.reference?.compromise?.speedup;
  add('speed-up over compromise parse', '≥ 10×', fmt(sp, '×', 1), typeof sp === 'number' ? sp >= 10 : null);
  const fl = r.floor?.ratioInProcess;
  add('floor ÷ extract (in-process)', '≤ 30×', fmt(fl, '×', 1), typeof fl === 'number' ? fl <= 30 : null);
  const mem = r.memory?.ratio;
  add('peak RSS 4× corpus ÷ 1×', '< 1.5', fmt(mem, '', 2), typeof mem === 'number' ? mem < 1.5 : null);
  const j = r.jobs;
  // Judged on the rounds other processes left alone, when there were any.
  const jq = j?.quiet ?? j;
  const some = j?.quiet && j.quiet.rounds < j.rounds;
  const over = j ? (some ? ` over ${j.quiet.rounds} quiet round(s); all ${j.rounds}: ` : j.quiet ? ` (${j.rounds} quiet rounds)` : ` over ${j.rounds} round(s), none quiet`) : '';
  const differs = j && !j.identical ? ' (output differs!)' : '';
  add(
    '--jobs 2 throughput, steady state',
    '≥ 1.7×',
    j ? `${fmt(jq.steady.speedup, '×')}${over}${some ? fmt(j.steady.speedup, '×') : ''}${differs}` : 'n/a',
    j ? jq.steady.speedup >= 1.7 && j.identical : null,
  );
  add(
    `--jobs 2 end-to-end, ${j?.corpus?.articles ?? ''} articles`,
    '≥ 1.7×',
    j ? `${fmt(jq.speedup, '×')}${over}${some ? fmt(j.speedup, '×') : ''}${differs}` : 'n/a',
    j ? jq.speedup >= 1.7 && j.identical : null,
  );
  const m = r.matrix;
  const last = m?.available ? m.points[m.points.length - 1] : undefined;
  add('matrix growth exponent', '≤ 1.2', m ? (m.available ? fmt(m.exponent) : 'not available') : 'n/a', m?.available ? m.exponent <= 1.2 : null);
  add(`matrix at ${last?.articles ?? '8000'} articles`, '< 30 s', last ? fmt(last.seconds, ' s') : m && !m.available ? 'not available' : 'n/a', last ? last.seconds < 30 : null);
  const st = r.startup;
  add('claims --version', '< 150 ms', fmt(st?.versionMs, ' ms', 0), st ? st.versionMs < 150 : null);
  add('claims --help', '< 200 ms', fmt(st?.helpMs, ' ms', 0), st ? st.helpMs < 200 : null);
  const pr = r.progress;
  add('progress line cost', '< 2%', pr ? `${fmt(pr.boundPercent, '%', 3)} bound, ${fmt(pr.measuredOverheadPercent, '%', 1)} measured` : 'n/a', pr ? pr.boundPercent < 2 : null);
  return out;
}

export function formatReport(r: Json): string {
  const table = (head: string[]) => new Table({ head, style: { head: [], border: [] } });
  const parts: string[] = [];
  const c = r.corpus;
  parts.push(
    `claims benchmark — ${c.articles} articles, ${c.mb} MB (${Object.entries(c.distinct).map(([k, v]) => `${v} ${k}`).join(', ')} distinct), ` +
      `medians of ${r.settings.runs} run(s); node ${r.machine.node}, ${r.machine.cpus} cores, load ${r.machine.loadavg.join(' ')} before, ${(r.machine.loadavgAfter ?? []).join(' ')} after`,
  );

  const t = table(['measure', 'MB/s', 'best MB/s', 'articles/s', 'seconds', 'note']);
  const row = (name: string, x: Json | undefined, note = '') =>
    x && t.push([name, fmt(x.mbPerSec), fmt(x.bestMbPerSec), fmt(x.articlesPerSec, '', 0), fmt(x.seconds, '', 3), note]);
  row('extract, in-process', r.extract?.inProcess, 'extractArticle loop');
  row('extract, end-to-end', r.extract?.endToEnd, 'claims extract --format ndjson > /dev/null');
  if (r.reference) {
    const ref = r.reference;
    row('claims on the sample', ref.claims, `${ref.sample.articles} articles`);
    row('compromise nlp()', ref.compromise, `claims is ${fmt(ref.compromise.speedup, '×', 1)} faster`);
    if (ref.deCompromise.error) t.push(['de-compromise nlp()', 'n/a', '', '', '', ref.deCompromise.error]);
    else row('de-compromise nlp()', ref.deCompromise, `claims is ${fmt(ref.deCompromise.speedup, '×', 1)} faster`);
  }
  row('floor: read + one regex', r.floor, r.floor ? `${fmt(r.floor.ratioInProcess, '×', 1)} of in-process extract` : '');
  if (r.jobs) {
    const jobsRows = (j: Json, label: string) => {
      row(`--jobs 1${label}`, j.one, `end-to-end, ${r.jobs.corpus.articles} articles (${r.jobs.corpus.passes} passes), to a file; CPU ${fmt(j.one.cpuSeconds, ' s')}`);
      row(`--jobs 2${label}`, j.two, `${fmt(j.speedup, '×')} speed-up (best runs ${fmt(j.bestSpeedup, '×')}), ${fmt(j.coresUsed)} cores busy`);
      const steady = (name: string, x: Json, note: string) => t.push([name, fmt(x.mbPerSec), '', fmt(x.articlesPerSec, '', 0), `${fmt(x.msPerArticle, '', 3)} ms/art.`, note]);
      steady(`--jobs 1, steady state${label}`, j.steady.one, 'the second half of the documents, start-up and warm-up behind');
      steady(`--jobs 2, steady state${label}`, j.steady.two, `${fmt(j.steady.speedup, '×')} speed-up`);
      t.push([`--jobs 2, ${j.small.articles} articles${label}`, '', '', '', fmt(j.small.twoSeconds, '', 3), `${fmt(j.small.speedup, '×')} of --jobs 1 (${fmt(j.small.oneSeconds, ' s', 3)}): start-up weighs most`]);
      t.push([`machine${label}`, '', '', '', '', `${j.rounds} round(s): two threads got ${fmt(j.capacity, '×')} on a CPU loop; others used up to ${fmt(j.othersPercent, '%', 0)} of the cores (medians)`]);
    };
    jobsRows(r.jobs, '');
    if (r.jobs.quiet && r.jobs.quiet.rounds < r.jobs.rounds) jobsRows(r.jobs.quiet, ' (quiet)');
    if (!r.jobs.identical) t.push(['--jobs 2 output', '', '', '', '', 'DIFFERS from --jobs 1']);
  }
  if (t.length > 0) parts.push(t.toString());

  if (r.memory || r.matrix || r.startup || r.progress) {
    const o = new Table({ head: ['measure', 'figure'], colWidths: [36, 84], wordWrap: true, style: { head: [], border: [] } });
    if (r.memory) {
      o.push(['peak RSS, 1× corpus', `${fmt(r.memory.x1.maxRssMb, ' MB', 1)} (${r.memory.x1.articles} articles)`]);
      o.push(['peak RSS, 4× corpus', `${fmt(r.memory.x4.maxRssMb, ' MB', 1)} (${r.memory.x4.articles} articles), ratio ${fmt(r.memory.ratio)}`]);
      const j = r.memory.jobs2;
      o.push(['peak RSS with --jobs 2, 1× / 4×', `${fmt(j.x1MaxRssMb, ' MB', 1)} / ${fmt(j.x4MaxRssMb, ' MB', 1)}, ratio ${fmt(j.ratio)}`]);
    }
    if (r.matrix) {
      if (!r.matrix.available) o.push(['matrix', r.matrix.reason]);
      else {
        for (const p of r.matrix.points) o.push([`matrix, ${p.articles} articles`, fmt(p.seconds, ' s', 3)]);
        o.push(['matrix growth exponent', fmt(r.matrix.exponent)]);
      }
    }
    if (r.startup) {
      const s = r.startup;
      o.push(['start-up: node -e 0', fmt(s.nodeMs, ' ms', 0)]);
      o.push(['start-up: claims --version', fmt(s.versionMs, ' ms', 0)]);
      o.push(['start-up: claims --help', fmt(s.helpMs, ' ms', 0)]);
      o.push(['start-up: claims extract --help', fmt(s.extractHelpMs, ' ms', 0)]);
      o.push(['claims extract <one file>', fmt(s.extractOneMs, ' ms', 0)]);
      o.push(['packages: --help', s.imports.help.packages.join(', ') || '(none)']);
      o.push(['packages: extract --format ndjson', s.imports.extractNdjson.packages.join(', ') || '(none)']);
      o.push(['packages: extract --format table', s.imports.extractTable.packages.join(', ') || '(none)']);
      o.push(['import cost (fresh node)', Object.entries(s.importCostMs).map(([k, v]) => `${k} ${fmt(v, ' ms', 0)}`).join(', ')]);
    }
    if (r.progress) {
      const p = r.progress;
      o.push(['progress line', `tick ${fmt(p.tickMicros, ' µs', 2)}, redraw ${fmt(p.drawMicros, ' µs', 1)} → bound ${fmt(p.boundPercent, '%', 3)}; measured ${fmt(p.measuredOverheadPercent, '%', 1)} on medians, ${fmt(p.bestOverheadPercent, '%', 1)} on best runs (${p.drawsPerRun} redraws a run)`]);
    }
    parts.push(o.toString());
  }

  const tg = table(['target', 'wanted', 'measured', 'met']);
  for (const x of targets(r).filter((t) => t.met !== null)) tg.push([x.name, x.target, x.measured, x.met ? 'yes' : 'NO']);
  if (tg.length > 0) parts.push(tg.toString());
  return parts.join('\n') + '\n';
}
