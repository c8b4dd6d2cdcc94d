# The app's image: one `next build`, run by every app container of docker-compose.yml (and by its
# one-shot migration). Processes behind one load balancer must come from the same build: Server
# Action ids, the key that encrypts their arguments and the build id are all made by `next build`
# (docs/deployment.md). Build once, run the image N times.
FROM node:24-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

COPY package.json package-lock.json ./
# Development dependencies too: `next build` needs TypeScript and Tailwind, `npm run db:migrate` tsx.
RUN npm ci --no-audit --no-fund

COPY . .
# The build's own cache is of no use at run time; the app's user may create files in .next (its
# cache, a trace).
RUN npm run build && rm -rf .next/cache && mkdir .next/cache && chown node:node .next .next/cache

ENV NODE_ENV=production
USER node
EXPOSE 3000
CMD ["node", "node_modules/next/dist/bin/next", "start", "-H", "0.0.0.0", "-p", "3000"]
