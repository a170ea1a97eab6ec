// The command line: a thin layer over the library. `run` parses argv, calls a
// command and returns the exit code; it never calls process.exit, so tests can
// run it in-process. Each command's module is imported only when it runs.
import { Command, CommanderError, Option } from 'commander';
import { EXIT, type Io, processIo } from './io/streams.js';

const HELP_AFTER = `
Exit codes:
  0  all good
  1  findings: validation failures, eval below --min-f1
  2  usage or input errors (also when some inputs were skipped; the others are still written)

Examples:
  $ claims extract seeds/                       table on a terminal, JSON when piped
  $ claims extract seeds/ | jq '.documents[].quotes[] | {speaker: .speaker.name, text}'
  $ claims extract --format ndjson corpus/ > out.ndjson
  $ claims matrix seeds/                        which outlet carries which statement
  $ claims eval --gold ../shared/gold/seeds.gold.json seeds/
  $ claims validate fixtures/                   check JSON files against the schema
  $ claims schema > claims.schema.json`;

const EXTRACT_HELP = `
Inputs:
  .txt .md        one article each, the text as read (offsets refer to it)
  .html .htm      a saved news page: the article text without menus, cookie banners,
                  related links, captions and scripts, one paragraph a line; title,
                  outlet, author, date and url from the page's metadata
  .json           an array of articles {"id", "text", "source"?, "title"?, "date"?, "url"?}
                  or {"articles": [...]}; each one is reported as FILE#id
  .jsonl          one such article a line (any size; a bad line is skipped and named FILE:LINE)
  folder          every file above, recursively, sorted; hidden files skipped
  -               stdin, read as --input-format (text, html, json or jsonl)
  Encodings: UTF-8 (with or without BOM), UTF-16 with BOM; Windows-1252 is detected
  and read with an "encoding" warning. Line endings are kept as they are.
  Refused, with one line on stderr naming the file: missing or unreadable paths,
  folders without articles, binary files (PDF, images), empty files, invalid JSON
  (with line and column), articles over 10 MB, other extensions.

Exit codes:
  0  every input read and extracted
  2  usage error, or some inputs could not be read (the others are still written
     and stdout stays valid JSON); with --strict also any warning

Examples:
  $ claims extract seeds/ --format json | jq '.documents[].quotes | length'
  $ claims extract page.html --include-text
  $ claims extract ../shared/corpus/derstandard/articles.jsonl --format ndjson
  $ cat articles.jsonl | claims extract - --input-format jsonl --out result.json`;

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('claims')
    .description('Who said what, where: quotations and attributed claims in news articles, compared across outlets.')
    .version(io.version ?? '0.0.0', '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run claims --help for usage)')
    .addHelpText('after', HELP_AFTER);

  const formatOption = () =>
    new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)');

  program
    .command('extract')
    .description('find quotations and attributed claims with their speakers')
    .argument('<paths...>', 'files, folders (recursively) or - for stdin')
    .addOption(formatOption().choices(['json', 'ndjson', 'table']))
    .option('-o, --out <file>', 'write the result to FILE (atomically) instead of stdout')
    .option('--no-color', 'no colours in the table')
    .option('--include-text', 'include each article text (the offsets refer to it)')
    .option('--input-format <format>', 'how to read stdin (and files without an extension): text, html, json or jsonl', 'text')
    .option('--strict', 'treat every warning as an error: report it on stderr with its line and column, exit 2')
    .option('-j, --jobs <n>', 'worker threads', '1')
    .addHelpText('after', EXTRACT_HELP)
    .action(async (paths: string[], opts) => {
      const { extractCommand } = await import('./commands/extract.js');
      code = await extractCommand(paths, opts, io);
    });

  program
    .command('matrix')
    .description('cross-source claim matrix: which outlet carries which statement, and where they disagree')
    .argument('<paths...>', 'articles, folders, or JSON written by claims extract')
    .addOption(formatOption().choices(['table', 'json', 'csv', 'markdown', 'html']))
    .option('-o, --out <file>', 'write the result to FILE (atomically) instead of stdout')
    .option('--no-color', 'no colours in the table')
    .addHelpText('after', '\nExample:\n  $ claims matrix seeds/ --format html --out matrix.html')
    .action(async (paths: string[], opts) => {
      const { matrixCommand } = await import('./matrix/command.js');
      code = await matrixCommand(paths, opts, io);
    });

  program
    .command('eval')
    .description('score extraction against gold annotations (seeds gold or WikiNews format)')
    .argument('[paths...]', 'articles to extract (default: the gold\'s own texts)')
    .requiredOption('-g, --gold <path>', 'gold file or folder')
    .addOption(formatOption().choices(['table', 'json']))
    .option('--misses <n>', 'how many misses to list', '20')
    .option('--min-f1 <x>', 'exit 1 when quote F1 is below x')
    .option('--no-color', 'no colours')
    .addHelpText('after', '\nExample:\n  $ claims eval --gold ../shared/corpus/wikinews-de/train/ --format json | jq .quotes')
    .action(async (paths: string[], opts) => {
      const { evalCommand } = await import('./eval/command.js');
      code = await evalCommand(paths, opts, io);
    });

  program
    .command('validate')
    .description('check JSON files against the output schema (exit 1 on any problem)')
    .argument('<paths...>', 'JSON files or folders')
    .addHelpText('after', '\nExample:\n  $ claims validate fixtures/')
    .action(async (paths: string[]) => {
      const { validateCommand } = await import('./commands/validate.js');
      code = await validateCommand(paths, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output (extract or matrix)')
    .argument('[which]', 'extract or matrix', 'extract')
    .addHelpText('after', '\nExample:\n  $ claims schema matrix > matrix.schema.json')
    .action(async (which: string) => {
      const { schemaCommand } = await import('./commands/schema.js');
      code = await schemaCommand(which, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`claims: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.usage;
  }
  return code;
}
