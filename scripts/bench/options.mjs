// Command-line flags and environment variables of `npm run bench`; flags win over the environment.
export const usage = `npm run bench [-- options]
  --quick             synthetic sizes 20 and 100, one Lighthouse run per page
  --sizes=100,1000    synthetic guide counts to build        (env BENCH_SIZES; default 100,1000,5000)
  --skip=a,b          leave out sections: scaling, weight, search, lighthouse   (env BENCH_SKIP)
  --runs=3            Lighthouse runs per page, median taken (env BENCH_RUNS)
  --out=FILE          where to write the results             (env BENCH_OUT; default bench/results.json)
  --keep              keep the built sites in bench/tmp/      (env BENCH_KEEP=1)
  --peer=starlight    also build the same synthetic guides with Starlight (installed into bench/tmp/) and
                      report our times next to its own       (env BENCH_PEER)
  --wait=180          when the load average is above the core count at the start, wait up to this many
                      seconds for a quieter moment, else mark the run noisy (env BENCH_WAIT; 0 = no wait)`;

const peers = ['starlight'];

const sections = ['scaling', 'weight', 'search', 'lighthouse'];

export function parseOptions(argv = process.argv.slice(2), env = process.env) {
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const flag = (name) => argv.includes(`--${name}`);
  const unknown = argv.filter((a) => !/^--(quick|keep|help|(sizes|skip|runs|out|peer|wait)=.*)$/.test(a));
  if (flag('help') || unknown.length > 0) {
    if (unknown.length > 0) console.error(`Unknown option: ${unknown.join(' ')}`);
    console.error(usage);
    process.exit(unknown.length > 0 ? 1 : 0);
  }
  const quick = flag('quick') || env.BENCH_QUICK === '1';
  const list = (text) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const sizes = list(value('sizes') ?? env.BENCH_SIZES ?? (quick ? '20,100' : '100,1000,5000')).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Sizes must be whole numbers above 0, got "${sizes.join(',')}"`);
  const skip = list(value('skip') ?? env.BENCH_SKIP);
  const wrong = skip.filter((s) => !sections.includes(s));
  if (wrong.length > 0) throw new Error(`Unknown section to skip: ${wrong.join(', ')} (sections: ${sections.join(', ')})`);
  const peer = value('peer') ?? env.BENCH_PEER ?? null;
  if (peer && !peers.includes(peer)) throw new Error(`Unknown peer "${peer}" (peers: ${peers.join(', ')})`);
  const waitSeconds = Number(value('wait') ?? env.BENCH_WAIT ?? 180);
  if (!(waitSeconds >= 0)) throw new Error(`--wait must be a number of seconds, got "${value('wait') ?? env.BENCH_WAIT}"`);
  return {
    quick,
    peer,
    waitSeconds,
    sizes,
    sections: sections.filter((s) => !skip.includes(s)),
    lighthouseRuns: Number(value('runs') ?? env.BENCH_RUNS ?? (quick ? 1 : 3)),
    out: value('out') ?? env.BENCH_OUT ?? 'bench/results.json',
    keep: flag('keep') || env.BENCH_KEEP === '1',
  };
}
