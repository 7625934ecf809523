# The API image used by docker-compose.yml. better-sqlite3 compiles from source, hence the
# build tools in the first stage; the runtime stage carries only what `npm prune --omit=dev` kept.
# Node 22 is the LTS line (Node 20 reached its end of life in April 2026).
FROM node:22-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    EVENT_STORE_PATH=/var/lib/governance-log/governance-log.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data/history ./data/history
# The embedded store, the read models, the keys and what the audit verified live on a volume,
# written by the image's unprivileged user.
RUN mkdir -p /var/lib/governance-log && chown node:node /var/lib/governance-log /app/data
VOLUME /var/lib/governance-log
USER node
EXPOSE 3000
# Ready, not merely alive: the read models caught up and the log's chain intact.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://localhost:3000/health/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/apps/api/src/main.js"]
