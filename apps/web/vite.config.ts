import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { thirdPartyLicences } from './build/third-party-licences.ts';

export default defineConfig({
  plugins: [react(), thirdPartyLicences()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // React, which every page needs, in a chunk of its own that changes rarely (cached between
    // releases); the router in another, since the first paint (sign-in page, public report form)
    // goes without it (decision 0033). Everything else goes with the pages that import it: a vendor
    // chunk of all of Mantine would load the admin pages' components before the sign-in page.
    manifest: true,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (!id.includes('/node_modules/')) return undefined;
          if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/\/node_modules\/react-router\//.test(id)) return 'router';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080', '/docs': 'http://localhost:8080' } },
});
