import { releaseDatabase, wrapperPid } from "./database";
import { reportError, usageError } from "./errors";
import { stopWhenParentDies } from "./parent-watch";

type Command = (args: string[]) => Promise<void>;

// Each command lives in cli/commands and is loaded only when used, so `setu segment` never
// touches the database code.
const commands: Record<string, () => Promise<{ run: Command }>> = {
  db: () => import("./commands/db"),
  user: () => import("./commands/user"),
  segment: () => import("./commands/segment"),
  align: () => import("./commands/align"),
  import: () => import("./commands/import"),
  glossary: () => import("./commands/glossary"),
  terms: () => import("./commands/terms"),
  export: () => import("./commands/export"),
  qa: () => import("./commands/qa"),
  project: () => import("./commands/project"),
  tm: () => import("./commands/tm"),
  analyse: () => import("./commands/analyse"),
  pretranslate: () => import("./commands/pretranslate"),
  invite: () => import("./commands/invite"),
  settings: () => import("./commands/settings"),
  worker: () => import("./commands/worker"),
};

const usage = `Usage: setu <command> [options]

Commands:
  db migrate                         apply pending migrations
  db status                          list migrations and whether they are applied
  user create --email E --password P --role R [--name N]
                                     create an account (R: translator, reviewer, admin)
  segment [FILE|-] [--json] [--paragraphs auto|line|blank]
                                     print the Hindi sentences, a blank line between paragraphs;
                                     --paragraphs: line = every line is a paragraph, blank = only
                                     blank lines end one, auto (default) = decided from the text
                                     (markdown files: blank)
  align HINDI_FILE ENGLISH_FILE [--json] [--presegmented]
                                     align two texts without the database; prints one bead per line:
                                     Hindi numbers, English numbers (1-based, comma-joined, "-" for
                                     none), confidence, Hindi text, English text, tab-separated.
                                     --json: {"units":[{"hi":[0],"en":[0],"confidence":0.9}]}, 0-based.
                                     --presegmented: one sentence per line, blank line = new paragraph
  align --document DOC_ID ENGLISH_FILE --user EMAIL [--replace] [--wait] [--json]
                                     align a document with its English as that account, as a job:
                                     prints the job id; --wait follows it (progress on stderr) and
                                     prints the report; --replace confirms replacing translations
  project create NAME | list | add-member PROJECT --email E --role translator|reviewer|manager
                                     create a project (prints its id), list them (id, name, members),
                                     add a member or change their role (PROJECT: id or name)
  invite create --project P --role translator|reviewer|manager [--email E] [--days 7] [--locale en|hi]
                                     print a one-time invitation link into the project (valid 1–30 days;
                                     --email: only that address may use it)
  settings signup [open|invite-only] print who may sign up, or change it (invite-only: new accounts only
                                     through invitation links; the first account may always sign up)
  import FILE --title T [--paragraphs auto|line|blank] [--project P]
                                     create a document from a UTF-8 .txt/.md file, or a .tmx, .xlf/.xliff,
                                     .docx or .srt file; prints its id
  import FILE --user EMAIL [--wait] [--title T] [--project P]
                                     the same (.tmx/.xlf/.xliff/.docx/.srt) as a background job of EMAIL;
                                     prints the job id, or with --wait its progress and the document id
  export DOC_ID… | --every [--format tmx|csv|txt] [--all] [--notes] [--bare-langs] [--out FILE]
                                     write approved units (--all: every translated unit) to stdout or FILE
  export DOC_ID --user EMAIL [--wait] [--format F] [--all] [--out FILE]
                                     the same export as a background job of EMAIL; prints the job id, or
                                     with --wait its progress and then the file
  export DOC_ID --format xliff12|xliff20|docx|srt [--all] [--notes] [--line-length N] [--out FILE]
                                     one document as XLIFF, Word or subtitles (English
                                     wrapped at N characters, 42 by default); --all: unapproved English too
  glossary export [--format csv|tbx] [--out FILE]
                                     write the active glossary to stdout or FILE
  glossary import FILE               merge a .csv/.tbx/.xml glossary; prints added, updated, skipped
  terms [FILE|-] [--json]            list the glossary terms found in each line of Hindi text
  qa FILE.tmx|DOC_ID [--json] [--locale en|hi] [--ignored] [--glossary] [--fail-on-errors]
                                     QA issues, one line per unit; --json: {"tuid" or "unit", "issues":
                                     [{"check","severity","message","code"}]}. A TMX file is checked
                                     without the database (--glossary: with its glossary); a document's
                                     ignored issues are left out unless --ignored. --fail-on-errors:
                                     exit 6 when an open error was found

  tm reindex --user EMAIL [--project P] [--wait]
                                     recompute the memory's normalised text and keys as a job (reviewers)
  tm import FILE.tmx [--project P]   merge a TMX into the project's translation memory (one transaction);
                                     a file without a Hindi–English pair is refused, naming its languages
  tm export [--project P] [--out FILE]
                                     the project's memory as TMX 1.4
  tm lookup [FILE|-] [--project P] [--limit N] [--min 50] [--json]
                                     memory matches of each Hindi line; --json: one line per input line
                                     {"line","matches":[{"score","hindi","english","status","origin"}]}
  analyse FILE|DOC_ID [--project P] [--json]
                                     words by match band (repetition, 101, 100, 95–99, 85–94, 75–84,
                                     50–74, new) against the memory; --json: {"bands","total"}
  pretranslate DOC_ID --user EMAIL [--min N] [--wait] [--json]
                                     fill units without English from 100 %/101 % matches (translated) and,
                                     with --min 75–99, fuzzy ones (drafts); one undo entry, EMAIL's;
                                     a job: prints its id, or with --wait its progress and result
  worker                             run background jobs (alignment, analysis, pre-translation) until
                                     stopped; npm start runs one,
                                     more may run on other machines against the same database
  --project: a project's name or id; without it, the only project (or an error naming them)

Without DATABASE_URL the CLI uses the embedded database of \`npm start\` (.setu-data).`;

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const load = commands[name];
  if (!load) throw usageError(`unknown command "${name}". Run "setu --help" for the list.`);
  const { run } = await load();
  await run(rest);
}

stopWhenParentDies(wrapperPid);

// No process.exit(): it would cut off output still queued for a pipe (`setu segment --json | wc -c`
// printed 65,536 bytes of 600 KB). The exit code is set, the database connections are closed, and
// Node exits once stdout and stderr have drained.
void main(process.argv.slice(2))
  .then(
    // A command may have chosen its exit code (setu qa --fail-on-errors).
    () => Number(process.exitCode ?? 0),
    (error: unknown) => reportError(error),
  )
  .then(async (code) => {
    process.exitCode = code;
    try {
      await releaseDatabase();
    } catch (error) {
      process.exitCode = reportError(error);
    }
  });
