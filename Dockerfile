# The API image used by docker-compose.yml. better-sqlite3 compiles from source, hence the
# build tools in the first stage; the runtime stage carries only what `npm ci --omit=dev` built.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY data/history ./data/history
EXPOSE 3000
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/apps/api/src/main.js"]
