// `npm start`: installs, builds, migrates and seeds the embedded SQLite database, then serves Jiji.
import { installDependencies, run } from "./lib.mjs";

installDependencies();
run("pnpm", ["turbo", "run", "build", "--filter=@jiji/web"]);
run("pnpm", ["--filter", "@jiji/db", "run", "migrate"]);
run("pnpm", ["--filter", "@jiji/db", "run", "seed"]);
run("pnpm", ["--filter", "@jiji/web", "run", "seed:demo"]);
const port = process.env.PORT || "3000";
console.log(`\nJiji is starting on http://localhost:${port} (demo accounts: see README.md)\n`);
run("pnpm", ["--filter", "@jiji/web", "run", "start", "--port", port]);
