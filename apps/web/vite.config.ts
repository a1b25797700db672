import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The dev server proxies the API to a running Bauplan server (`npm start`, port 8080), so the web
// app talks to the same origin in development and in production.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080', ws: true } },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 4096 },
})
