// Development: `pnpm --filter @quire/web dev` serves the SPA with hot reload and forwards the
// API and uploaded files to a running `pnpm start` server, so the browser sees one origin
// (the session cookie is SameSite=Lax and HttpOnly; CSRF checks want same-origin requests).
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const server = process.env.QUIRE_SERVER_URL ?? 'http://localhost:3000'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': { target: server },
      '/media': { target: server },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
})
