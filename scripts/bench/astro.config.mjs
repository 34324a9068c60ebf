// The site's own config for benchmark builds, with one change: the content-layer cache goes to the
// benchmark's temp folder (BENCH_CACHE_DIR). Every build then starts cold, and never touches the cache
// in node_modules/.astro that ordinary builds use.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.BENCH_CACHE_DIR ?? config.cacheDir };
