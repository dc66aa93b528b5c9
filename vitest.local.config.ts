// Untracked: lets Vite serve the symlinked node_modules (/work/main/node_modules) in this worktree.
import {mergeConfig} from 'vitest/config';
import base from './vitest.config.ts';
export default mergeConfig(base, {server: {fs: {allow: ['/work']}}});
