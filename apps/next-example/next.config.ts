import type { NextConfig } from 'next';

// create-next-app's default configuration (Next 16: Turbopack for dev and build).
const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
};

export default nextConfig;
