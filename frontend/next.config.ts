import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Shared contracts ship as TypeScript source.
  transpilePackages: ['@convix/shared'],
  images: { unoptimized: true },
  // Monorepo: the workspace root owns the lockfile and node_modules.
  turbopack: { root: path.join(__dirname, '..') },
  poweredByHeader: false,
};

export default nextConfig;
